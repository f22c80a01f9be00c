// Structured output: what the user chose under "Response format", what it
// adds to the request, and the quick checks that must pass before it is sent.
// This module is in the first screen's bundle, so it stays small: the
// JSON Schema checks (schemaCheck.ts, with ajv), the located JSON errors
// (schemaText.ts) and the examples (examples.ts) load when needed.

import type { ModelContext } from '../params/registry';

/** `unset` sends nothing; `text` is sent only because the user picked it. */
export type ResponseFormatMode = 'unset' | 'text' | 'json_object' | 'json_schema';

export interface ResponseFormatSettings {
  mode: ResponseFormatMode;
  /** The schema exactly as typed, so a half-written schema is never lost. */
  schemaText: string;
  name: string;
  strict: boolean;
}

export const MODE_LABELS: Record<Exclude<ResponseFormatMode, 'unset'>, string> = {
  text: 'Text',
  json_object: 'JSON object',
  json_schema: 'JSON schema',
};

/** OpenAI's rule for `json_schema.name`, which SipPulse and most gateways pass on. */
export const SCHEMA_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export interface SchemaExample {
  id: string;
  label: string;
  name: string;
  schema: Record<string, unknown>;
}

export const DEFAULT_RESPONSE_FORMAT: ResponseFormatSettings = {
  mode: 'unset',
  // Filled with an example when the user first picks "JSON schema" (see examples.ts).
  schemaText: '',
  name: 'response',
  strict: true,
};

/**
 * Where "Response format" is offered: models whose API lists `json_schema`,
 * OpenAI-compatible servers (their lists say nothing about it) and the
 * in-browser engine (llama.cpp turns the schema into a grammar). Chat only:
 * raw text completion has no `response_format`.
 */
export function responseFormatApplies(ctx: ModelContext): boolean {
  if (ctx.mode !== 'chat') return false;
  if (ctx.provider !== 'sippulse') return true;
  return ctx.info?.resources.includes('json_schema') ?? false;
}

export type ParsedSchema =
  | { ok: true; value: Record<string, unknown> }
  /** `syntax`: JSON.parse failed (as opposed to a blank text or a non-object). */
  | { ok: false; message: string; syntax?: true };

/** The schema text as a JSON object, or why it is not one. */
export function parseSchemaText(text: string): ParsedSchema {
  if (text.trim() === '') return { ok: false, message: 'Write a JSON schema, or pick an example.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Where it breaks is worked out lazily (schemaText.ts) and shown once known.
    return { ok: false, message: 'The schema is not valid JSON.', syntax: true };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, message: 'The schema must be a JSON object, such as {"type": "object"}.' };
  return { ok: true, value: value as Record<string, unknown> };
}

export function schemaNameProblem(name: string): string | null {
  if (name === '') return 'Give the schema a name (letters, digits, _ and -).';
  return SCHEMA_NAME_PATTERN.test(name)
    ? null
    : 'The name may only use letters, digits, _ and -, at most 64 characters.';
}

/**
 * The `response_format` field for the settings, or undefined when nothing is
 * sent. A JSON schema that does not parse sends nothing (a problem blocks
 * Send anyway), so View Code never shows a body the playground would not post.
 */
export function responseFormatBody(
  settings: ResponseFormatSettings,
): Record<string, unknown> | undefined {
  switch (settings.mode) {
    case 'unset':
      return undefined;
    case 'text':
      return { type: 'text' };
    case 'json_object':
      return { type: 'json_object' };
    case 'json_schema': {
      const parsed = parseSchemaText(settings.schemaText);
      if (!parsed.ok) return undefined;
      return {
        type: 'json_schema',
        json_schema: { name: settings.name, schema: parsed.value, strict: settings.strict },
      };
    }
  }
}

/**
 * JSON mode's rule (OpenAI, seed 002): the API rejects `json_object` unless
 * the word "JSON" appears somewhere in the context. OpenAI matches it in any
 * case ("json" is enough), and so does this check.
 */
export function mentionsJson(texts: readonly string[]): boolean {
  return texts.some((text) => /json/i.test(text));
}

export const JSON_WORD_MESSAGE =
  'JSON object mode needs the word "JSON" in the system message or a message (for example "Answer in JSON."); the API rejects the request otherwise.';
