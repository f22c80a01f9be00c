// JSON Schema checks with ajv: is the schema itself valid (ajv's
// meta-schema), and does an answer match it. ajv is handed in by the caller
// (the UI loads it lazily; tests import it directly). The UI also loads this
// module lazily, together with ajv (features/structured/checker.ts).

import type { ErrorObject } from 'ajv';
import type Ajv from 'ajv/dist/core';
import { parseComplaint } from './schemaText';

/** The options every ajv instance here is made with. */
export function ajvOptions(warn: (message: string) => void) {
  return {
    allErrors: true,
    // Unknown keywords ("propertys") are reported as warnings, not thrown;
    // type-level strictness would flag common, valid provider schemas.
    strictSchema: 'log' as const,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    // Formats ("date", "email") are hints for the model, not checked here.
    validateFormats: false,
    logger: {
      log: () => undefined,
      warn: (...args: unknown[]) => warn(args.map(String).join(' ')),
      error: (...args: unknown[]) => warn(args.map(String).join(' ')),
    },
  };
}

const MAX_ERRORS = 12;

/** The value at a JSON pointer ("/properties/age/type"), read through own keys only. */
export function atPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (typeof node === 'object' && node !== null && Object.hasOwn(node, key))
      node = (node as Record<string, unknown>)[key];
    else return undefined;
  }
  return node;
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function describeError(error: ErrorObject, data: unknown): string {
  const where = error.instancePath === '' ? '(top level)' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  let what: string;
  switch (error.keyword) {
    case 'required':
      what = `must have the property "${String(params.missingProperty)}"`;
      break;
    case 'additionalProperties':
      what = `must not have the extra property "${String(params.additionalProperty)}"`;
      break;
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      const actual = atPointer(data, error.instancePath);
      what = `must be one of ${allowed.map(shortJson).join(', ')} (it is ${shortJson(actual)})`;
      break;
    }
    case 'type': {
      const actual = atPointer(data, error.instancePath);
      what = `${error.message ?? 'has the wrong type'} (it is ${shortJson(actual)})`;
      break;
    }
    default:
      what = error.message ?? `fails "${error.keyword}"`;
  }
  return `${where}: ${what}`;
}

/**
 * ajv's errors in words, one per problem. Meta-schema checks report a bad
 * `type` three times (enum, "must be array", anyOf); where an `enum` error
 * exists for a place only it is kept, and a lone anyOf says little, so it is
 * dropped whenever that place has a more precise error.
 */
export function describeErrors(errors: readonly ErrorObject[], data: unknown): string[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  const out: string[] = [];
  for (const group of byPath.values()) {
    const enumErrors = group.filter((e) => e.keyword === 'enum');
    const precise = group.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
    const chosen = enumErrors.length > 0 ? enumErrors : precise.length > 0 ? precise : group;
    for (const e of chosen) {
      const text = describeError(e, data);
      if (!out.includes(text)) out.push(text);
    }
  }
  if (out.length > MAX_ERRORS) {
    const more = out.length - MAX_ERRORS;
    return [...out.slice(0, MAX_ERRORS), `…and ${more} more.`];
  }
  return out;
}

export interface SchemaCheck {
  /** Errors that make the schema unusable: Send stays blocked. */
  errors: string[];
  /** Things worth knowing that do not block (unknown keywords). */
  warnings: string[];
}

/**
 * Checks a parsed schema against the meta-schema of its draft, then compiles
 * it (which catches what the meta-schema cannot: a `$ref` to nowhere).
 * `ajv` must be made with `ajvOptions(warn)` and `collected` is that `warn`'s list.
 */
export function checkSchema(
  ajv: Ajv,
  schema: Record<string, unknown>,
  collected: string[],
): SchemaCheck {
  collected.length = 0;
  const valid = ajv.validateSchema(schema);
  if (valid !== true) {
    return { errors: describeErrors(ajv.errors ?? [], schema), warnings: [] };
  }
  try {
    ajv.compile(schema);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { errors: [message.replace(/^strict mode: /, '')], warnings: [] };
  } finally {
    // ajv caches every compiled schema; a schema checked per keystroke would pile up.
    ajv.removeSchema(schema);
  }
  const warnings = collected.map((w) => w.replace(/^strict mode: /, ''));
  return { errors: [], warnings: [...new Set(warnings)] };
}

/**
 * What OpenAI's `strict: true` also demands (every object closed with
 * `additionalProperties: false` and listing all its properties as required).
 * Other servers may not care, so these are hints, never blockers.
 */
export function strictModeHints(schema: unknown): string[] {
  const hints: string[] = [];
  const visit = (node: unknown, path: string) => {
    if (hints.length >= 6) return;
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${path}/${i}`));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const props = Object.hasOwn(record, 'properties') ? record.properties : undefined;
    if (typeof props === 'object' && props !== null && !Array.isArray(props)) {
      const where = path === '' ? 'the top level' : path;
      if (record.additionalProperties !== false)
        hints.push(`${where}: Strict mode wants "additionalProperties": false.`);
      const required = Array.isArray(record.required) ? record.required : [];
      const missing = Object.keys(props).filter((k) => !required.includes(k));
      if (missing.length > 0)
        hints.push(
          `${where}: Strict mode wants every property in "required" (missing ${missing.map((k) => `"${k}"`).join(', ')}).`,
        );
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') continue;
      visit(child, `${path}/${key}`);
    }
  };
  visit(schema, '');
  return hints;
}

/** What the answer was expected to be, as sent with its run. */
export type AnswerExpectation =
  { type: 'json_object' } | { type: 'json_schema'; name: string; schema: Record<string, unknown> };

export type AnswerStatus = 'valid' | 'invalid' | 'not-json';

export interface AnswerCheck {
  status: AnswerStatus;
  errors: string[];
  /** The answer re-indented, when it parsed. */
  pretty?: string;
}

/** "```json … ```" around otherwise valid JSON: a common near miss worth naming. */
function fencedJson(text: string): boolean {
  const match = /^```[a-zA-Z]*\n([\s\S]*?)\n?```$/.exec(text.trim());
  if (!match) return false;
  try {
    JSON.parse(match[1] ?? '');
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses a finished answer and, for a JSON schema, validates it. `ajv` is
 * needed only for `json_schema`; it must tolerate the schema (checked before
 * sending), and a schema that still fails to compile is reported as such.
 */
export function checkAnswer(text: string, expected: AnswerExpectation, ajv?: Ajv): AnswerCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const errors = fencedJson(text)
      ? ['The JSON is wrapped in a Markdown code fence (```), so a JSON parser rejects it.']
      : [
          text.trim() === ''
            ? 'The answer is empty.'
            : `JSON.parse failed: ${parseComplaint(error)}`,
        ];
    return { status: 'not-json', errors };
  }
  const pretty = JSON.stringify(data, null, 2);
  if (expected.type === 'json_object') {
    const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
    return isObject
      ? { status: 'valid', errors: [], pretty }
      : { status: 'invalid', errors: ['JSON object mode should give an object ({…}).'], pretty };
  }
  if (!ajv) return { status: 'invalid', errors: ['The schema could not be loaded.'], pretty };
  let validate;
  try {
    validate = ajv.compile(expected.schema);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'invalid', errors: [`The schema does not compile: ${message}`], pretty };
  }
  const ok = validate(data);
  ajv.removeSchema(expected.schema);
  return ok
    ? { status: 'valid', errors: [], pretty }
    : { status: 'invalid', errors: describeErrors(validate.errors ?? [], data), pretty };
}
