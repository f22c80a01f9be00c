// Read-only accessors for untrusted wire JSON. Nothing here copies a wire
// object into another object: every value is read field by field through
// `own()`, so keys such as `__proto__` or `constructor` are inert data.

import type { Performance, Role, Usage, WireError } from '../types';

export type WireRecord = { readonly [key: string]: unknown };

export function isRecord(value: unknown): value is WireRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only, never one inherited from `Object.prototype`. */
export function own(record: WireRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function ownRecord(record: WireRecord, key: string): WireRecord | undefined {
  const value = own(record, key);
  return isRecord(value) ? value : undefined;
}

export function ownString(record: WireRecord, key: string): string | undefined {
  const value = own(record, key);
  return typeof value === 'string' ? value : undefined;
}

function ownCount(record: WireRecord | undefined, key: string): number | undefined {
  if (record === undefined) return undefined;
  const value = own(record, key);
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function ownFinite(record: WireRecord, key: string): number | undefined {
  const value = own(record, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const ROLES: ReadonlySet<string> = new Set<Role>(['system', 'user', 'assistant', 'tool']);

export function asRole(value: unknown): Role | undefined {
  return typeof value === 'string' && ROLES.has(value) ? (value as Role) : undefined;
}

/**
 * Both usage shapes: SipPulse `{input_tokens, output_tokens, total_tokens}` and
 * OpenAI `{prompt_tokens, completion_tokens, total_tokens,
 * completion_tokens_details: {reasoning_tokens}}`. A missing total is left
 * missing rather than computed, so the UI never shows a derived figure as API data.
 */
export function normalizeUsage(value: unknown): Usage | undefined {
  if (!isRecord(value)) return undefined;
  const usage: Usage = {};
  const input = ownCount(value, 'input_tokens') ?? ownCount(value, 'prompt_tokens');
  const output = ownCount(value, 'output_tokens') ?? ownCount(value, 'completion_tokens');
  const total = ownCount(value, 'total_tokens');
  const reasoning =
    ownCount(ownRecord(value, 'completion_tokens_details'), 'reasoning_tokens') ??
    ownCount(ownRecord(value, 'output_tokens_details'), 'reasoning_tokens') ??
    ownCount(value, 'reasoning_tokens');
  if (input !== undefined) usage.inputTokens = input;
  if (output !== undefined) usage.outputTokens = output;
  if (total !== undefined) usage.totalTokens = total;
  if (reasoning !== undefined) usage.reasoningTokens = reasoning;
  return Object.keys(usage).length > 0 ? usage : undefined;
}

/** SipPulse `performance: {delay, execution_time, relative_execution_time}`. */
export function normalizePerformance(value: unknown): Performance | undefined {
  if (!isRecord(value)) return undefined;
  const performance: Performance = {};
  const delay = ownFinite(value, 'delay');
  const executionTime = ownFinite(value, 'execution_time');
  const relative = ownFinite(value, 'relative_execution_time');
  if (delay !== undefined) performance.delay = delay;
  if (executionTime !== undefined) performance.executionTime = executionTime;
  if (relative !== undefined) performance.relativeExecutionTime = relative;
  return Object.keys(performance).length > 0 ? performance : undefined;
}

const MAX_MESSAGE_CHARS = 2000;

function clip(text: string): string {
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
}

/**
 * `{error: {code, message, type, status}}`, a bare `{code, message}`, or
 * `"string"` → WireError. A numeric `code` in the HTTP range (OpenRouter sends
 * `{code: 502}`) is also reported as `status`. Returns undefined for values
 * that carry no error (`null`, `""`, numbers…).
 */
export function normalizeError(value: unknown): WireError | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : { message: clip(value) };
  if (!isRecord(value)) return undefined;
  const nested = own(value, 'error');
  if (nested !== undefined && nested !== null) {
    const inner = normalizeError(nested);
    if (inner !== undefined) return inner;
  }
  const error: WireError = { message: '' };
  const code = own(value, 'code');
  if (typeof code === 'string' && code !== '') error.code = code;
  if (typeof code === 'number' && Number.isFinite(code)) {
    error.code = String(code);
    if (Number.isInteger(code) && code >= 100 && code <= 599) error.status = code;
  }
  const status = own(value, 'status');
  if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599) {
    error.status = status;
  }
  const type = ownString(value, 'type');
  if (type !== undefined && type !== '') error.type = type;
  const message = ownString(value, 'message');
  if (message !== undefined && message.trim() !== '') error.message = clip(message);
  else if (error.code !== undefined) error.message = `Error ${error.code}`;
  else if (error.type !== undefined) error.message = error.type;
  else return undefined;
  return error;
}
