/// <reference lib="webworker" />
// Counts a request's tokens off the main thread: loading an encoding parses
// megabytes of ranks and counting a long conversation takes a while, neither
// of which may delay a keystroke or a streaming answer.
import { countRequestTokens, memoCounter, type CountText } from '../../core/estimate/countRequest';
import type { EncodingName } from '../../core/estimate/encoding';
import { readGgufHeader } from '../../core/inbrowser/ggufHeader';
import {
  isTokenizerKey,
  tokenizerFromGguf,
  type Tokenizer,
} from '../../core/inbrowser/ggufTokenizer';
import { countEngineRequest } from '../../core/inbrowser/ggufTokenizerRequest';

/** The loaded in-browser model's file, whose header holds its vocabulary. */
export interface GgufSource {
  /** Changes whenever another file is loaded. */
  key: number;
  file: Blob;
  chatTemplate: boolean;
}

export type CountRequest = { body: Record<string, unknown> } & (
  { encoding: EncodingName } | { gguf: GgufSource }
);

export type CountJob = CountRequest & { id: number };

export type CountReply =
  | { id: number; tokens: number; approximateParts: string[] }
  /** The GGUF's tokenizer is one we do not implement (its `tokenizer.ggml.model`). */
  | { id: number; unsupported: string }
  | { id: number; error: string };

interface Encoder {
  countTokens(text: string, options?: { disallowedSpecial?: Set<string> }): number;
}

const LOADERS: Record<EncodingName, () => Promise<{ default: Encoder }>> = {
  o200k_base: () => import('gpt-tokenizer/encoding/o200k_base'),
  cl100k_base: () => import('gpt-tokenizer/encoding/cl100k_base'),
};

// User text is sent as text: "<|endoftext|>" typed in a message is not the
// special token, so it is counted as the ordinary tokens it encodes to.
const AS_TEXT = { disallowedSpecial: new Set<string>() };

const counters = new Map<EncodingName, Promise<CountText>>();

function counterFor(encoding: EncodingName): Promise<CountText> {
  let counter = counters.get(encoding);
  if (!counter) {
    counter = LOADERS[encoding]().then(({ default: encoder }) =>
      memoCounter((text) => encoder.countTokens(text, AS_TEXT)),
    );
    counters.set(encoding, counter);
  }
  return counter;
}

/** One vocabulary at a time: the engine holds one model, and a big vocabulary is megabytes. */
let vocabulary: { key: number; loaded: Promise<Tokenizer | string> } | undefined;

function vocabularyOf(source: GgufSource): Promise<Tokenizer | string> {
  if (vocabulary?.key !== source.key) {
    const { file } = source;
    const loaded = readGgufHeader(
      async (size) => new Uint8Array(await file.slice(0, size).arrayBuffer()),
      file.size,
      isTokenizerKey,
    ).then(({ meta }) => {
      const made = tokenizerFromGguf(meta);
      return 'tokenizer' in made ? made.tokenizer : made.unsupported;
    });
    vocabulary = { key: source.key, loaded };
  }
  return vocabulary.loaded;
}

async function count(job: CountJob): Promise<CountReply> {
  const { id, body } = job;
  if ('encoding' in job) {
    return { id, ...countRequestTokens(body, await counterFor(job.encoding)) };
  }
  const tokenizer = await vocabularyOf(job.gguf);
  if (typeof tokenizer === 'string') return { id, unsupported: tokenizer };
  return { id, ...countEngineRequest(body, tokenizer, job.gguf.chatTemplate) };
}

self.onmessage = async (event: MessageEvent<CountJob>) => {
  let reply: CountReply;
  try {
    reply = await count(event.data);
  } catch (error) {
    reply = { id: event.data.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
