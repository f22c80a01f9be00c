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
import { useInBrowserEngine } from '../../engines/inbrowser/store';
import type { CountReply, CountRequest, GgufSource } from './tokenizerWorker';
import { workerClient } from '../../lib/workerClient';

// Encodings (megabytes of ranks) and GGUF vocabularies load in the worker and stay there.
const post = workerClient<CountRequest, CountReply>(
  () => new Worker(new URL('./tokenizerWorker.ts', import.meta.url), { type: 'module' }),
);

function counted(reply: CountReply): RequestCount {
  if ('error' in reply) throw new Error(reply.error);
  if ('unsupported' in reply) throw new Error(`No tokenizer for ${reply.unsupported}`);
  return { tokens: reply.tokens, approximateParts: reply.approximateParts };
}

/**
 * The exact count of a request body in `encoding`, done by a worker: the
 * encoding (megabytes of ranks) loads there on first use and stays loaded.
 */
export async function countExactly(
  encoding: EncodingName,
  body: Record<string, unknown>,
): Promise<RequestCount> {
  return counted(await post({ encoding, body }));
}

/**
 * The count of a request body with the loaded GGUF's own tokenizer, or null
 * when its kind of vocabulary has none here. The worker reads the vocabulary
 * from the file's header once per loaded file.
 */
export async function countWithEngineVocabulary(
  gguf: GgufSource,
  body: Record<string, unknown>,
): Promise<RequestCount | null> {
  const reply = await post({ gguf, body });
  return 'unsupported' in reply ? null : counted(reply);
}

const fileKeys = new WeakMap<Blob, number>();
let lastFileKey = 0;

/** The in-browser model file `model` is loaded from, with a key per file, if it is loaded. */
export function loadedGguf(model: string): GgufSource | undefined {
  const engine = useInBrowserEngine.getState();
  const file = engine.modelFile;
  if (engine.status !== 'ready' || engine.modelId !== model || !file || !engine.facts) {
    return undefined;
  }
  let key = fileKeys.get(file);
  if (key === undefined) {
    key = ++lastFileKey;
    fileKeys.set(file, key);
  }
  return { key, file, chatTemplate: engine.facts.chatTemplate };
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
