import { networkHintFor } from '../../core/connections/connectionRules';
import { answerFields } from '../../core/conversation/answerFields';
import { repeatConcurrency } from '../../core/repeat/analysis';
import { runPool } from '../../core/repeat/pool';
import { contentKey } from '../../core/structured/persisted';
import type { ModelInfo } from '../../core/types';
import { activeApiKey } from '../../stores/keyStore';
import {
  newMessageId,
  selectConnection,
  selectModel,
  usePlayground,
} from '../../stores/playgroundStore';
import { executeRun } from '../run/executeRun';
import { currentRequest, summarise } from '../run/runController';
import { checkAnswerText } from '../structured/answers';
import { sentExpectation } from '../structured/extras';
import { useStructured } from '../structured/structuredStore';
import { patchBatch, patchItem, useRepeat } from './repeatStore';

let controller: AbortController | null = null;

/**
 * Sends the request Send would post, `count` times, a few at a time, and
 * keeps every answer in the repeat store. The conversation is not touched
 * until the user adopts an answer.
 */
export async function runRepeat(count: number, info?: ModelInfo): Promise<void> {
  if (controller) return;
  const s = usePlayground.getState();
  const model = selectModel(s);
  const request = currentRequest(info);
  if (!model || !request) return;
  // Read right after the request was built: what its response_format asked for.
  const expected = sentExpectation();
  const connection = selectConnection(s);
  const concurrency = repeatConcurrency(request.provider);
  const abort = new AbortController();
  controller = abort;
  useRepeat.setState({
    batch: {
      model,
      expected,
      concurrency,
      running: true,
      items: Array.from({ length: count }, () => ({ state: null })),
    },
  });
  try {
    await runPool(count, concurrency, async (index) => {
      if (abort.signal.aborted) return;
      const { state, extra } = await executeRun({
        request,
        apiKey: activeApiKey(),
        signal: abort.signal,
        networkHint: networkHintFor(connection, window.location.origin),
        onState: (state) => patchItem(index, { state }),
      });
      patchItem(index, { state, summary: summarise(state, model, extra) });
      const text = state.choices[0]?.text ?? '';
      if (expected && text !== '' && state.status === 'done')
        patchItem(index, { check: await checkAnswerText(text, expected) });
    });
  } finally {
    controller = null;
    patchBatch({ running: false });
  }
}

export function stopRepeat(): void {
  controller?.abort();
}

/** Adopts one answer as the conversation's next assistant message, with its run summary. */
export function adoptRepeatAnswer(index: number): void {
  const batch = useRepeat.getState().batch;
  const item = batch?.items[index];
  const choice = item?.state?.choices[0];
  if (!batch || !item?.summary || !choice) return;
  const messageId = newMessageId();
  usePlayground.getState().appendMessage({
    id: messageId,
    role: 'assistant',
    ...answerFields(messageId, choice),
    run: item.summary,
  });
  // The message shows the same Valid / Does not match badge the repeat did.
  if (batch.expected && item.check)
    useStructured.getState().recordAnswer(messageId, {
      expected: batch.expected,
      contentKey: contentKey(choice.text),
      result: item.check,
    });
  patchBatch({ adopted: index });
}
