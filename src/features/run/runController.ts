import { toChatMessages } from '../../core/conversation/toChatMessages';
import type { RunSummary } from '../../core/conversation/types';
import { describeError } from '../../core/errors/describeError';
import { modelContext } from '../../core/params/registry';
import { resolveParams } from '../../core/params/resolve';
import { buildRequest } from '../../core/request/buildRequest';
import {
  applyEvents,
  endRun,
  failRun,
  runStats,
  startRun,
  type RunState,
} from '../../core/stream/runReducer';
import type { ModelInfo, PreparedRequest, StreamEvent } from '../../core/types';
import { isAbort } from '../../lib/http';
import { RequestFailure } from '../../lib/requestFailure';
import { sendRequest } from '../../lib/transport';
import { useKeyStore } from '../../stores/keyStore';
import { newMessageId, usePlayground } from '../../stores/playgroundStore';
import { useRunStore } from './runStore';
import { createFrameBatcher } from './frameBatcher';

let controller: AbortController | null = null;

/** The request Send would post right now, from the same state View code reads. */
export function currentRequest(info?: ModelInfo): PreparedRequest | null {
  const s = usePlayground.getState();
  if (!s.model) return null;
  const { values } = resolveParams(modelContext(s.model, info), s.paramsByModel[s.model] ?? {});
  return buildRequest({
    connection: s.connection,
    model: s.model,
    system: s.system,
    messages: toChatMessages(s.messages),
    params: values,
    stream: s.stream,
  });
}

function summarise(state: RunState, model: string, extra: Partial<RunSummary> = {}): RunSummary {
  const stats = runStats(state);
  const choice = state.choices[0];
  return {
    status: state.status,
    model,
    finishReason: choice?.finishReason,
    usage: state.usage,
    performance: state.performance,
    ttftMs: stats.ttftMs,
    durationMs: stats.durationMs,
    tokensPerSecond: stats.tokensPerSecond,
    estimated: stats.estimated,
    ...extra,
  };
}

export function isRunning(): boolean {
  return controller !== null;
}

export function stopRun(): void {
  controller?.abort();
}

/**
 * Runs the conversation as it stands: posts it, streams the answer into the
 * run store frame by frame, and commits the result (or the partial answer
 * and what went wrong) to the conversation.
 */
export async function runConversation(info?: ModelInfo): Promise<void> {
  if (controller) return;
  const s = usePlayground.getState();
  const model = s.model;
  const request = currentRequest(info);
  if (!model || !request) return;
  const abort = new AbortController();
  controller = abort;
  const messageId = newMessageId();
  let state = startRun(performance.now());
  s.appendMessage({
    id: messageId,
    role: 'assistant',
    content: '',
    run: { status: 'streaming', model },
  });
  useRunStore.setState({ active: { messageId, state } });

  const batcher = createFrameBatcher<StreamEvent>((events) => {
    if (abort.signal.aborted) return;
    state = applyEvents(state, events, performance.now());
    useRunStore.setState({ active: { messageId, state } });
  });

  let extra: Partial<RunSummary> = {};
  try {
    for await (const event of sendRequest(request, useKeyStore.getState().apiKey, abort.signal)) {
      batcher.push(event);
    }
    batcher.flushNow();
    state = endRun(state, abort.signal.aborted ? 'aborted' : 'eof', performance.now());
  } catch (error) {
    // Events already received still count: the partial answer is kept.
    const aborted = isAbort(error, abort.signal);
    if (!aborted) batcher.flushNow();
    if (aborted) {
      state = endRun(state, 'aborted', performance.now());
    } else {
      const hadOutput = state.firstTokenAt !== undefined;
      const failure =
        error instanceof RequestFailure
          ? error
          : new RequestFailure(
              { message: error instanceof Error ? error.message : String(error) },
              { network: error instanceof TypeError },
            );
      state = failRun(state, failure.wire, performance.now());
      extra = {
        error: describeError({
          error: failure.wire,
          network: failure.network,
          retryAfterMs: failure.retryAfterMs,
          baseUrl: request.url,
          midStream: hadOutput,
        }),
      };
    }
  } finally {
    controller = null;
  }
  if (state.status === 'error' && !extra.error && state.error) {
    extra = {
      error: describeError({ error: state.error, midStream: state.firstTokenAt !== undefined }),
    };
  }
  if (state.status === 'incomplete') {
    extra = {
      ...extra,
      error: extra.error ?? {
        title: 'The answer is incomplete',
        detail:
          'The stream ended before the server said it was finished. The partial answer is kept.',
        action: 'Retry to get the full answer.',
      },
    };
  }
  const choice = state.choices[0];
  usePlayground.getState().updateMessage(messageId, {
    content: choice?.text ?? '',
    reasoning: choice?.reasoning || undefined,
    toolCalls: choice?.toolCalls.length
      ? choice.toolCalls.map((tc) => ({
          id: tc.id,
          type: 'function' as const,
          function: { name: tc.name, arguments: tc.arguments },
        }))
      : undefined,
    run: summarise(state, model, extra),
  });
  useRunStore.setState({ active: null });
}

/** Drops a failed answer and runs the conversation again. */
export async function retryRun(messageId: string, info?: ModelInfo): Promise<void> {
  usePlayground.getState().deleteMessage(messageId);
  await runConversation(info);
}
