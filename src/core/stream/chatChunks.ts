// Maps chat-completion and text-completion JSON (SipPulse and
// OpenAI-compatible shapes) to normalised StreamEvents. One parsed chunk in, a list of events out. Wire
// objects are only ever read field by field (see wireFields.ts); nothing is
// merged or spread, so `__proto__`/`constructor` keys cannot pollute anything.

import type { StreamEvent, WireError } from '../types';
import { createThinkSplitter, type ThinkSplitter } from './thinkSplitter';
import { decodeLogprobs } from './logprobsWire';
import {
  asRole,
  isRecord,
  normalizeError,
  normalizePerformance,
  normalizeUsage,
  own,
  ownRecord,
  ownString,
} from './wireFields';

/**
 * Highest accepted `choices[].index` and `tool_calls[].index`. An index above
 * it (or negative, or not an integer) is rejected with one error event instead
 * of allocating room for it, so `{"index": 1e9}` cannot make anything huge.
 */
export const MAX_WIRE_INDEX = 127;

interface DecoderState {
  /** One think splitter per choice index (at most MAX_WIRE_INDEX + 1). */
  splitters: Map<number, ThinkSplitter>;
  reportedBadIndex: boolean;
}

function validIndex(value: unknown, fallback: number): number | undefined {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    return value <= MAX_WIRE_INDEX ? value : undefined;
  }
  return undefined;
}

function badIndex(state: DecoderState, what: string, value: unknown, out: StreamEvent[]): void {
  if (state.reportedBadIndex) return;
  state.reportedBadIndex = true;
  const shown = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? typeof value);
  out.push({
    type: 'error',
    error: {
      code: 'invalid_index',
      message: `The server sent ${what} index ${shown.slice(0, 40)}; only integers from 0 to ${MAX_WIRE_INDEX} are accepted, so that part of the response was dropped.`,
    },
  });
}

function splitterFor(state: DecoderState, choice: number): ThinkSplitter {
  let splitter = state.splitters.get(choice);
  if (splitter === undefined) {
    splitter = createThinkSplitter();
    state.splitters.set(choice, splitter);
  }
  return splitter;
}

/** `content` is normally a string; some servers send `[{type: 'text', text}]`. */
function contentText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  let text = '';
  for (const part of value as unknown[]) {
    if (isRecord(part) && own(part, 'type') === 'text') text += ownString(part, 'text') ?? '';
  }
  return text;
}

function decodeToolCalls(
  state: DecoderState,
  choice: number,
  value: unknown,
  out: StreamEvent[],
): void {
  if (!Array.isArray(value)) return;
  const list = value as unknown[];
  for (let position = 0; position < list.length; position++) {
    const call = list[position];
    if (!isRecord(call)) continue;
    const rawIndex = own(call, 'index');
    // A non-stream message's tool_calls carry no index: the position is the index.
    const index = validIndex(rawIndex, position);
    if (index === undefined) {
      badIndex(state, 'a tool-call', rawIndex, out);
      continue;
    }
    const event: Extract<StreamEvent, { type: 'toolCall' }> = { type: 'toolCall', choice, index };
    const id = ownString(call, 'id');
    if (id !== undefined && id !== '') event.id = id;
    const fn = ownRecord(call, 'function');
    if (fn !== undefined) {
      const name = ownString(fn, 'name');
      if (name !== undefined && name !== '') event.name = name;
      const args = own(fn, 'arguments');
      if (typeof args === 'string' && args !== '') event.arguments = args;
      // A few servers send already-parsed arguments in non-stream bodies.
      else if (isRecord(args) || Array.isArray(args)) event.arguments = JSON.stringify(args);
    }
    out.push(event);
  }
}

/**
 * One choice, whether it carries a streaming `delta`, a complete `message`
 * (non-stream bodies, and the odd server that streams `message`) or a text
 * completion's `text`: the same fields map the same way, so all paths share
 * this function.
 */
function decodeChoice(
  state: DecoderState,
  choiceValue: unknown,
  position: number,
  out: StreamEvent[],
): void {
  if (!isRecord(choiceValue)) return;
  const rawIndex = own(choiceValue, 'index');
  const choice = validIndex(rawIndex, position);
  if (choice === undefined) {
    badIndex(state, 'a choice', rawIndex, out);
    return;
  }
  const delta = ownRecord(choiceValue, 'delta') ?? ownRecord(choiceValue, 'message');
  if (delta !== undefined) {
    const role = asRole(own(delta, 'role'));
    if (role !== undefined) out.push({ type: 'role', choice, role });

    // Servers that send both fields send the same text twice (vLLM's
    // `reasoning` + legacy `reasoning_content`), so take one, not both.
    const reasoning = ownString(delta, 'reasoning_content') || ownString(delta, 'reasoning');
    if (reasoning) out.push({ type: 'reasoning', choice, text: reasoning });

    const content = contentText(own(delta, 'content'));
    if (content !== '') {
      splitterFor(state, choice).push(content, (type, text) => out.push({ type, choice, text }));
    }

    // A refusal is what the model said instead of answering: show it as text.
    const refusal = ownString(delta, 'refusal');
    if (refusal) out.push({ type: 'text', choice, text: refusal });

    decodeToolCalls(state, choice, own(delta, 'tool_calls'), out);
  } else {
    // Text completion (`POST /completions`): the choice carries `text` itself.
    const text = ownString(choiceValue, 'text');
    if (text) {
      splitterFor(state, choice).push(text, (type, part) => out.push({ type, choice, text: part }));
    }
  }

  // Chat and text choices alike carry `logprobs` beside the delta or text.
  const tokens = decodeLogprobs(own(choiceValue, 'logprobs'));
  if (tokens.length > 0) out.push({ type: 'logprobs', choice, tokens });

  const finish = ownString(choiceValue, 'finish_reason');
  if (finish) {
    // The answer is over: nothing more can complete a held-back partial tag.
    state.splitters.get(choice)?.flush((type, text) => out.push({ type, choice, text }));
    out.push({ type: 'finish', choice, reason: finish });
  }
}

const UNKNOWN_ERROR: WireError = {
  code: 'server_error',
  message: 'The server reported an error without a message.',
};

function decodeBody(state: DecoderState, chunk: unknown, out: StreamEvent[]): void {
  if (!isRecord(chunk)) {
    out.push({
      type: 'error',
      error: {
        code: 'malformed_chunk',
        message: 'The server sent a chunk that is not a JSON object.',
      },
    });
    return;
  }
  const choices = own(chunk, 'choices');
  if (Array.isArray(choices)) {
    const list = choices as unknown[];
    for (let position = 0; position < list.length; position++) {
      decodeChoice(state, list[position], position, out);
    }
  }

  // On the finish chunk, on a final `choices: []` chunk, or (Groq) in `x_groq`.
  const groq = ownRecord(chunk, 'x_groq');
  const usage =
    normalizeUsage(own(chunk, 'usage')) ??
    (groq === undefined ? undefined : normalizeUsage(own(groq, 'usage')));
  if (usage !== undefined) out.push({ type: 'usage', usage });

  const performance = normalizePerformance(own(chunk, 'performance'));
  if (performance !== undefined) out.push({ type: 'performance', performance });

  const error = own(chunk, 'error');
  if (error !== undefined && error !== null && error !== '' && error !== false) {
    out.push({ type: 'error', error: normalizeError(error) ?? UNKNOWN_ERROR });
  }
}

function newState(): DecoderState {
  return { splitters: new Map(), reportedBadIndex: false };
}

function flushAll(state: DecoderState): StreamEvent[] {
  const out: StreamEvent[] = [];
  for (const [choice, splitter] of state.splitters) {
    splitter.flush((type, text) => out.push({ type, choice, text }));
  }
  return out;
}

/**
 * A decoder for one stream: give it each parsed chunk, then `flush()` at the
 * end; it remembers split `<think>` tags between chunks. A class, so a
 * stream's thousands of calls go to the same methods in every stream: V8
 * optimises a call for the function it saw, and a new closure per stream
 * undid that (a deopt, then a recompile) at the start of each answer.
 */
export class ChunkDecoder {
  readonly #state = newState();

  /** Appends the events of one parsed chunk to `out` (a stream's batch, with no list per chunk). */
  decodeInto(chunk: unknown, out: StreamEvent[]): void {
    decodeBody(this.#state, chunk, out);
  }

  /** The events of one parsed chunk. */
  decode(chunk: unknown): StreamEvent[] {
    const out: StreamEvent[] = [];
    this.decodeInto(chunk, out);
    return out;
  }

  /** Releases text held back while deciding about a split `<think>` tag. */
  flush(): StreamEvent[] {
    return flushAll(this.#state);
  }
}

/**
 * A complete non-streaming body (`choices[].message`, `finish_reason`, `usage`,
 * `performance`) as the same events a stream would produce, ending with
 * `{type: 'done'}`. An error body yields its error and no `done`.
 */
export function decodeChatCompletion(body: unknown): StreamEvent[] {
  const state = newState();
  const out: StreamEvent[] = [];
  decodeBody(state, body, out);
  out.push(...flushAll(state));
  if (!out.some((event) => event.type === 'error')) out.push({ type: 'done' });
  return out;
}
