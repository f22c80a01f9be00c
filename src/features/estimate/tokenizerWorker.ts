/// <reference lib="webworker" />
// Counts a request's tokens off the main thread: loading an encoding parses
// megabytes of ranks and counting a long conversation takes a while, neither
// of which may delay a keystroke or a streaming answer.
import { countRequestTokens, memoCounter, type CountText } from '../../core/estimate/countRequest';
import type { EncodingName } from '../../core/estimate/encoding';

export interface CountJob {
  id: number;
  encoding: EncodingName;
  body: Record<string, unknown>;
}

export type CountReply =
  { id: number; tokens: number; approximateParts: string[] } | { id: number; error: string };

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

self.onmessage = async (event: MessageEvent<CountJob>) => {
  const { id, encoding, body } = event.data;
  let reply: CountReply;
  try {
    const { tokens, approximateParts } = countRequestTokens(body, await counterFor(encoding));
    reply = { id, tokens, approximateParts };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
