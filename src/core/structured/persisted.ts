// What the structured-output feature keeps across reloads, and how whatever
// storage holds is brought back to that shape (hand-edited or corrupt values
// included). Pure: the store in features/structured uses it in `merge`.

import { isRecord } from '../dialects/wire';
import { DEFAULT_RESPONSE_FORMAT, type ResponseFormatSettings } from './responseFormat';
import type { AnswerCheck, AnswerExpectation, AnswerStatus } from './schemaCheck';

export const STRUCTURED_VERSION = 1;

/** The check of one finished answer, tied to the text it was made for. */
export interface AnswerRecord {
  expected: AnswerExpectation;
  /** Fingerprint of the checked text: an edited answer is checked again. */
  contentKey: string;
  result: AnswerCheck;
}

export interface StructuredPersisted {
  settings: ResponseFormatSettings;
  /** By assistant message id. */
  answers: Record<string, AnswerRecord>;
}

/** Enough answers for any real session; the oldest go first. */
export const MAX_ANSWER_RECORDS = 100;

/** A short fingerprint of a text (FNV-1a plus its length), not a security hash. */
export function contentKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

const MODES = ['unset', 'text', 'json_object', 'json_schema'] as const;
const STATUSES: readonly AnswerStatus[] = ['valid', 'invalid', 'not-json'];

function sanitiseSettings(raw: unknown): ResponseFormatSettings {
  if (!isRecord(raw)) return { ...DEFAULT_RESPONSE_FORMAT };
  return {
    mode: MODES.find((m) => m === raw.mode) ?? 'unset',
    schemaText:
      typeof raw.schemaText === 'string' ? raw.schemaText : DEFAULT_RESPONSE_FORMAT.schemaText,
    name: typeof raw.name === 'string' ? raw.name : DEFAULT_RESPONSE_FORMAT.name,
    strict: typeof raw.strict === 'boolean' ? raw.strict : DEFAULT_RESPONSE_FORMAT.strict,
  };
}

function sanitiseExpectation(raw: unknown): AnswerExpectation | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.type === 'json_object') return { type: 'json_object' };
  if (raw.type === 'json_schema' && typeof raw.name === 'string' && isRecord(raw.schema))
    return { type: 'json_schema', name: raw.name, schema: raw.schema as Record<string, unknown> };
  return undefined;
}

function sanitiseResult(raw: unknown): AnswerCheck | undefined {
  if (!isRecord(raw)) return undefined;
  const status = STATUSES.find((s) => s === raw.status);
  if (!status) return undefined;
  const errors = Array.isArray(raw.errors)
    ? raw.errors.filter((e): e is string => typeof e === 'string')
    : [];
  const result: AnswerCheck = { status, errors };
  if (typeof raw.pretty === 'string') result.pretty = raw.pretty;
  return result;
}

function sanitiseAnswers(raw: unknown): Record<string, AnswerRecord> {
  const out: Record<string, AnswerRecord> = {};
  if (!isRecord(raw)) return out;
  const entries = Object.entries(raw).slice(-MAX_ANSWER_RECORDS);
  for (const [id, value] of entries) {
    // A hand-edited "__proto__" key would become the object's prototype.
    if (id === '__proto__' || !isRecord(value) || typeof value.contentKey !== 'string') continue;
    const expected = sanitiseExpectation(value.expected);
    const result = sanitiseResult(value.result);
    if (expected && result) out[id] = { expected, contentKey: value.contentKey, result };
  }
  return out;
}

export function sanitiseStructured(raw: unknown): StructuredPersisted {
  if (!isRecord(raw)) return { settings: { ...DEFAULT_RESPONSE_FORMAT }, answers: {} };
  return { settings: sanitiseSettings(raw.settings), answers: sanitiseAnswers(raw.answers) };
}

/** Adds a record, dropping the oldest beyond the cap. */
export function withAnswer(
  answers: Readonly<Record<string, AnswerRecord>>,
  id: string,
  record: AnswerRecord,
): Record<string, AnswerRecord> {
  const next: Record<string, AnswerRecord> = {};
  const kept = Object.entries(answers).filter(([key]) => key !== id);
  for (const [key, value] of kept.slice(-(MAX_ANSWER_RECORDS - 1))) next[key] = value;
  next[id] = record;
  return next;
}
