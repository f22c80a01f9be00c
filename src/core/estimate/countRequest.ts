import { isRecord, own, ownString } from '../stream/wireFields';

/** Counts the tokens of one string (a real tokenizer or the approximation). */
export type CountText = (text: string) => number;

// The chat format's framing, as OpenAI's cookbook counts it (and
// gpt-tokenizer's encodeChat produces): every message costs 3 tokens around
// its role and content, a `name` one more, and the reply is primed with 3.
const PER_MESSAGE = 3;
const PER_NAME = 1;
const REPLY_PRIMING = 3;
/** OpenAI's figure for a low-detail image; high detail costs more (tiles). */
export const IMAGE_TOKENS = 85;

export interface RequestCount {
  tokens: number;
  /** Parts whose count is a rough figure even with an exact tokenizer. */
  approximateParts: string[];
}

function contentTokens(content: unknown, count: CountText, approx: Set<string>): number {
  if (typeof content === 'string') return count(content);
  if (!Array.isArray(content)) return 0;
  let tokens = 0;
  for (const part of content) {
    if (!isRecord(part)) continue;
    const text = ownString(part, 'text');
    if (text !== undefined) tokens += count(text);
    else if (own(part, 'type') === 'image_url') {
      tokens += IMAGE_TOKENS;
      approx.add('images');
    }
  }
  return tokens;
}

/** JSON the server renders in its own format (tools, schemas): counted as compact JSON. */
function jsonTokens(value: unknown, count: CountText): number {
  return count(JSON.stringify(value));
}

/**
 * The input tokens of a request body as built for the wire: chat messages
 * with their framing, tool definitions and a JSON schema, or a completion's
 * prompt and suffix.
 */
export function countRequestTokens(body: Record<string, unknown>, count: CountText): RequestCount {
  const approx = new Set<string>();
  let tokens = 0;
  const messages = own(body, 'messages');
  if (Array.isArray(messages)) {
    for (const m of messages) {
      if (!isRecord(m)) continue;
      tokens += PER_MESSAGE + count(ownString(m, 'role') ?? '');
      tokens += contentTokens(own(m, 'content'), count, approx);
      const name = ownString(m, 'name');
      if (name !== undefined) tokens += PER_NAME + count(name);
      const calls = own(m, 'tool_calls');
      if (Array.isArray(calls) && calls.length > 0) {
        tokens += jsonTokens(calls, count);
        approx.add('tool calls');
      }
    }
    tokens += REPLY_PRIMING;
  } else {
    tokens += count(ownString(body, 'prompt') ?? '') + count(ownString(body, 'suffix') ?? '');
  }
  const tools = own(body, 'tools');
  if (Array.isArray(tools) && tools.length > 0) {
    tokens += jsonTokens(tools, count);
    approx.add('tools');
  }
  const format = own(body, 'response_format');
  if (isRecord(format) && own(format, 'type') === 'json_schema') {
    tokens += jsonTokens(own(format, 'json_schema'), count);
    approx.add('JSON schema');
  }
  return { tokens, approximateParts: [...approx] };
}

/** Characters per token for text without a tokenizer: English prose averages about 4. */
export const DEFAULT_CHARS_PER_TOKEN = 4;

/** A rough count from the length alone, for models we have no tokenizer for. */
export function approximateCounter(charsPerToken = DEFAULT_CHARS_PER_TOKEN): CountText {
  const ratio = charsPerToken > 0 && Number.isFinite(charsPerToken) ? charsPerToken : 4;
  return (text) => (text === '' ? 0 : Math.ceil(text.length / ratio));
}

/**
 * Characters per token learned from a finished run (the server's count of
 * the input against its length), so the next approximation for the same
 * model is closer. Implausible figures are ignored.
 */
export function calibratedCharsPerToken(chars: number, inputTokens: number): number | undefined {
  if (!(chars > 0) || !(inputTokens > 0)) return undefined;
  const ratio = chars / inputTokens;
  return ratio >= 0.5 && ratio <= 12 ? ratio : undefined;
}

/** The characters of a body's text, the quantity calibration divides. */
export function requestChars(body: Record<string, unknown>): number {
  return countRequestTokens(body, (text) => text.length).tokens;
}

/**
 * Remembers counts per string: a long conversation is re-counted on every
 * pause in typing, but only the text that changed goes through the tokenizer.
 */
export function memoCounter(count: CountText, capacity = 2000): CountText {
  const cache = new Map<string, number>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const n = count(text);
    if (cache.size >= capacity) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(text, n);
    return n;
  };
}
