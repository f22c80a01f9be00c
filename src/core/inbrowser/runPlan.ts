// The OpenAI-shaped body buildRequest produced → the calls wllama receives.
// Pure (no wllama import) so View Code prints exactly what the engine sends.
//
// wllama hands the options JSON to llama.cpp's server code, which reads
// llama-server's names: `temperature`, `repeat_penalty`, `min_p`… (wllama's
// own TypeScript types still list older names such as `penalty_repeat`, which
// the server ignores, so they are not used here).

import { isRecord, normalizeUsage, own, ownRecord, ownString } from '../stream/wireFields';
import type { PreparedRequest, Usage } from '../types';

export type WllamaCallKind = 'chat' | 'completion';

export interface WllamaPlan {
  /** `createChatCompletion` or `createCompletion`. */
  kind: WllamaCallKind;
  /**
   * One options object per choice: wllama generates a single sequence per
   * call, so `n` > 1 becomes n calls run one after another.
   */
  calls: Record<string, unknown>[];
  stream: boolean;
  /** Chat messages were joined into a plain-text prompt: the model has no chat template. */
  plainTextChat: boolean;
}

/** Numeric parameters that pass through under the same name. */
const NUMERIC = [
  'temperature',
  'top_k',
  'top_p',
  'min_p',
  'repeat_penalty',
  'frequency_penalty',
  'presence_penalty',
  'seed',
  'max_tokens',
] as const;

/** More choices than this is a typo, not a request: each one is a full generation. */
export const MAX_CHOICES = 16;

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function stopList(value: unknown): string[] | undefined {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const stops = (list as unknown[]).filter((s): s is string => typeof s === 'string' && s !== '');
  return stops.length > 0 ? stops : undefined;
}

/** The text of a message's content: a string, or the text parts of an array. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return (content as unknown[])
    .map((part) =>
      isRecord(part) && own(part, 'type') === 'text' ? (ownString(part, 'text') ?? '') : '',
    )
    .filter((text) => text !== '')
    .join('\n');
}

function toolCallsOf(value: unknown): Record<string, unknown>[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const calls: Record<string, unknown>[] = [];
  for (const call of value as unknown[]) {
    if (!isRecord(call)) continue;
    const fn = ownRecord(call, 'function');
    calls.push({
      id: ownString(call, 'id') ?? '',
      type: 'function',
      function: {
        name: fn ? (ownString(fn, 'name') ?? '') : '',
        arguments: fn ? (ownString(fn, 'arguments') ?? '') : '',
      },
    });
  }
  return calls.length > 0 ? calls : undefined;
}

/**
 * Chat messages in the shape wllama types. Images are dropped: wllama wants
 * raw image bytes and a vision projector, which no model here has.
 */
function chatMessages(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  const out: Record<string, unknown>[] = [];
  for (const message of value as unknown[]) {
    if (!isRecord(message)) continue;
    const role = ownString(message, 'role');
    if (role !== 'system' && role !== 'user' && role !== 'assistant' && role !== 'tool') continue;
    const mapped: Record<string, unknown> = { role, content: contentText(own(message, 'content')) };
    if (role === 'tool') mapped.tool_call_id = ownString(message, 'tool_call_id') ?? '';
    if (role === 'assistant') {
      const calls = toolCallsOf(own(message, 'tool_calls'));
      if (calls) mapped.tool_calls = calls;
    }
    const name = ownString(message, 'name');
    if (name && role !== 'tool') mapped.name = name;
    out.push(mapped);
  }
  return out;
}

/**
 * The conversation as one plain-text prompt, for models without a chat
 * template: every message's text in order, separated by a blank line.
 */
export function plainTextPrompt(messages: unknown): string {
  return chatMessages(messages)
    .map((m) => (typeof m.content === 'string' ? m.content : ''))
    .filter((text) => text !== '')
    .join('\n\n');
}

/** `response_format` → what llama.cpp understands for each kind of call. */
function structuredOutput(
  kind: WllamaCallKind,
  value: unknown,
): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  const type = ownString(value, 'type');
  const spec = ownRecord(value, 'json_schema');
  const schema = spec ? own(spec, 'schema') : undefined;
  if (kind === 'chat') {
    if (type === 'json_object') return { response_format: { type: 'json_object' } };
    if (type === 'json_schema' && isRecord(schema)) {
      return {
        response_format: {
          type: 'json_schema',
          json_schema: { name: (spec && ownString(spec, 'name')) || 'response', schema },
        },
      };
    }
    return undefined;
  }
  // Raw completion ignores `response_format`; llama.cpp takes the schema as `json_schema`.
  if (type === 'json_object') return { json_schema: { type: 'object' } };
  if (type === 'json_schema' && isRecord(schema)) return { json_schema: schema };
  return undefined;
}

function logprobOptions(kind: WllamaCallKind, body: Record<string, unknown>) {
  const logprobs = own(body, 'logprobs');
  const top = finite(own(body, 'top_logprobs'));
  if (kind === 'chat') {
    if (logprobs !== true) return {};
    return top === undefined ? { logprobs: true } : { logprobs: true, top_logprobs: top };
  }
  // Text completion: `logprobs` is how many alternatives to report per token.
  if (typeof logprobs === 'number' && Number.isFinite(logprobs)) return { logprobs };
  if (logprobs === true) return { logprobs: Math.max(1, top ?? 1) };
  return {};
}

export interface PlanOptions {
  /** Whether the loaded GGUF has a chat template; without one chat becomes plain text. */
  chatTemplate: boolean;
}

/** How many choices the body asks for, within 1…MAX_CHOICES. */
export function choiceCount(body: Record<string, unknown>): number {
  const n = finite(own(body, 'n'));
  return n === undefined ? 1 : Math.min(MAX_CHOICES, Math.max(1, Math.floor(n)));
}

export function planWllamaRun(req: PreparedRequest, options: PlanOptions): WllamaPlan {
  const body = req.body;
  const plainTextChat = req.mode === 'chat' && !options.chatTemplate;
  const kind: WllamaCallKind = req.mode === 'chat' && !plainTextChat ? 'chat' : 'completion';
  const stream = own(body, 'stream') === true;

  const base: Record<string, unknown> = {};
  if (kind === 'chat') {
    base.messages = chatMessages(own(body, 'messages'));
  } else if (plainTextChat) {
    base.prompt = plainTextPrompt(own(body, 'messages'));
  } else {
    base.prompt = ownString(body, 'prompt') ?? '';
    const suffix = ownString(body, 'suffix');
    if (suffix) base.suffix = suffix;
  }
  for (const key of NUMERIC) {
    const value = finite(own(body, key));
    if (value !== undefined) base[key] = value;
  }
  const stop = stopList(own(body, 'stop'));
  if (stop) base.stop = stop;
  Object.assign(base, logprobOptions(kind, body));
  Object.assign(base, structuredOutput(kind, own(body, 'response_format')));
  if (kind === 'chat') {
    const tools = own(body, 'tools');
    if (Array.isArray(tools) && tools.length > 0) {
      base.tools = tools;
      const choice = own(body, 'tool_choice');
      if (choice !== undefined) base.tool_choice = choice;
    }
  }
  base.stream = stream;
  // Streamed chat reports token counts only when asked to, like OpenAI.
  if (stream && kind === 'chat') base.stream_options = { include_usage: true };

  const n = choiceCount(body);
  const seed = finite(base.seed);
  const calls = Array.from({ length: n }, (_, i) =>
    // The same seed n times would give n identical answers.
    i === 0 || seed === undefined ? base : { ...base, seed: seed + i },
  );
  return { kind, calls, stream, plainTextChat };
}

/**
 * One wllama chunk (or non-stream response) re-addressed to choice `index`,
 * with its usage taken out: usage is summed over all choices and reported
 * once at the end. Read field by field; nothing of the input is spread.
 */
export function readdressChunk(chunk: unknown, index: number): Record<string, unknown> {
  if (!isRecord(chunk)) return {};
  const out: Record<string, unknown> = {};
  const choices = own(chunk, 'choices');
  if (Array.isArray(choices)) {
    out.choices = (choices as unknown[]).filter(isRecord).map((choice) => {
      const mapped: Record<string, unknown> = { index };
      // `logprobs` comes in OpenAI's chat shape (`{content: [...]}`) for both kinds of call.
      for (const key of ['delta', 'message', 'text', 'logprobs', 'finish_reason'] as const) {
        const value = own(choice, key);
        if (value !== undefined && value !== null) mapped[key] = value;
      }
      return mapped;
    });
  }
  const error = own(chunk, 'error');
  if (error !== undefined) out.error = error;
  return out;
}

/**
 * Token counts of one call: the reported usage, or else llama.cpp's timings
 * (`prompt_n` + `cache_n` tokens read, `predicted_n` generated).
 */
export function usageOf(chunk: unknown): Usage | undefined {
  if (!isRecord(chunk)) return undefined;
  const reported = normalizeUsage(own(chunk, 'usage'));
  if (reported) return reported;
  const timings = ownRecord(chunk, 'timings');
  if (!timings) return undefined;
  const prompt = finite(own(timings, 'prompt_n'));
  const cached = finite(own(timings, 'cache_n')) ?? 0;
  const predicted = finite(own(timings, 'predicted_n'));
  if (prompt === undefined || predicted === undefined) return undefined;
  return {
    inputTokens: prompt + cached,
    outputTokens: predicted,
    totalTokens: prompt + cached + predicted,
  };
}

/**
 * Usage for the whole run: every choice reads the same prompt, so it counts
 * once (as OpenAI reports `n` > 1); generated tokens add up.
 */
export function combineUsage(perCall: readonly (Usage | undefined)[]): Usage | undefined {
  const known = perCall.filter((u): u is Usage => u !== undefined);
  if (known.length === 0) return undefined;
  if (known.length === 1 && perCall.length === 1) return known[0];
  const input = known[0]?.inputTokens;
  const output = known.reduce<number | undefined>(
    (sum, u) =>
      sum === undefined || u.outputTokens === undefined ? undefined : sum + u.outputTokens,
    0,
  );
  const usage: Usage = {};
  if (input !== undefined) usage.inputTokens = input;
  if (output !== undefined && known.length === perCall.length) usage.outputTokens = output;
  if (usage.inputTokens !== undefined && usage.outputTokens !== undefined) {
    usage.totalTokens = usage.inputTokens + usage.outputTokens;
  }
  return Object.keys(usage).length > 0 ? usage : undefined;
}
