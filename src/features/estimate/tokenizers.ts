import {
  approximateCounter,
  calibratedCharsPerToken,
  requestChars,
  type CountText,
  type RequestCount,
} from '../../core/estimate/countRequest';
import type { EncodingName } from '../../core/estimate/encoding';
import { onRunFinished } from '../run/runEvents';
import { encodingFor } from '../../core/estimate/encoding';
import type { CountJob, CountReply } from './tokenizerWorker';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (reply: CountReply) => void>();

function tokenizerWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./tokenizerWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<CountReply>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
  }
  return worker;
}

/**
 * The exact count of a request body in `encoding`, done by a worker: the
 * encoding (megabytes of ranks) loads there on first use and stays loaded.
 */
export function countExactly(
  encoding: EncodingName,
  body: Record<string, unknown>,
): Promise<RequestCount> {
  const id = ++nextId;
  const job: CountJob = { id, encoding, body };
  return new Promise((resolve, reject) => {
    waiting.set(id, (reply) =>
      'error' in reply
        ? reject(new Error(reply.error))
        : resolve({ tokens: reply.tokens, approximateParts: reply.approximateParts }),
    );
    tokenizerWorker().postMessage(job);
  });
}

/** Characters per token learned from each model's last run, for the approximation. */
const calibration = new Map<string, number>();

export function approximateFor(model: string): { count: CountText; calibrated: boolean } {
  const ratio = calibration.get(model);
  return { count: approximateCounter(ratio), calibrated: ratio !== undefined };
}

// Models without a tokenizer learn their ratio from the usage servers report.
onRunFinished((run) => {
  if (encodingFor(run.model, run.request.provider) !== null) return;
  const input = run.summary.usage?.inputTokens;
  const ratio =
    input === undefined
      ? undefined
      : calibratedCharsPerToken(requestChars(run.request.body), input);
  if (ratio !== undefined) calibration.set(run.model, ratio);
});
