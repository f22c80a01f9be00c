// The JSON Schema check for `parameters`: ajv validates the schema against
// the JSON Schema meta-schema (draft-07, what function-calling APIs document).
// Import this module lazily: ajv is too heavy for the first screen.

import Ajv, { type ErrorObject } from 'ajv';
import type { SchemaIssue } from './toolCheck';

let ajv: Ajv | undefined;

function instance(): Ajv {
  // Formats are not validated (`format` is only a hint to the model); strict
  // mode is for compiling, and we only check the schema's own shape.
  ajv ??= new Ajv({ allErrors: true, strict: false, validateFormats: false });
  return ajv;
}

function wordError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const allowed = params.allowedValues;
  const message = error.message ?? 'is not valid';
  return Array.isArray(allowed) ? `${message}: ${allowed.map(String).join(', ')}` : message;
}

/**
 * Meta-schema errors, one per place. A `type` of the wrong kind fails
 * several branches of an `anyOf` at once; the first message at a place says
 * it best, and the generic "must match a schema in anyOf" adds nothing.
 */
export function schemaIssues(schema: Record<string, unknown>): SchemaIssue[] {
  const validator = instance();
  let valid: boolean;
  try {
    valid = validator.validateSchema(schema) as boolean;
  } catch (error) {
    // An unknown "$schema" (ajv knows draft-07) ends up here.
    const detail = error instanceof Error ? error.message : String(error);
    return [
      {
        path: '/$schema',
        message: `cannot be checked (${detail}); the playground checks against JSON Schema draft-07, so remove "$schema" or use draft-07.`,
      },
    ];
  }
  if (valid) return [];
  const byPath = new Map<string, string>();
  for (const error of validator.errors ?? []) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    if (!byPath.has(error.instancePath)) byPath.set(error.instancePath, wordError(error));
  }
  if (byPath.size === 0) return [{ path: '', message: 'is not a valid JSON Schema' }];
  return [...byPath].map(([path, message]) => ({ path, message }));
}
