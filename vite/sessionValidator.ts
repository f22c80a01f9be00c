// Compiles the session file's JSON Schema (src/core/session/schema.ts) with
// ajv at build time and serves the result as `virtual:session-validator`:
// plain code, no ajv at run time and no `new Function` (a CSP without
// 'unsafe-eval' forbids it). Vitest uses the same plugin, so unit tests run
// exactly the shipped validator. Loaded only when a session is imported.

import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import { sessionSchema } from '../src/core/session/schema.ts';

export const SESSION_VALIDATOR_ID = 'virtual:session-validator';
const RESOLVED_ID = `\0${SESSION_VALIDATOR_ID}`;

export function sessionValidatorSource(schema: object = sessionSchema): string {
  const ajv = new Ajv({
    code: { source: true, esm: true },
    // Every problem (the import message lists the first few), not only the first.
    allErrors: true,
    strict: true,
    // `required` inside if/then/else names properties declared beside it, which this check misses.
    strictRequired: false,
    // Lengths in UTF-16 units: they are only bounds, and this keeps the
    // generated code free of imports from ajv's runtime.
    unicode: false,
    logger: false,
  });
  const code = standaloneCode(ajv, ajv.compile(schema));
  if (/\brequire\(/.test(code))
    throw new Error(
      'The session validator needs an ajv runtime helper this plugin does not inline.',
    );
  return code;
}

export function sessionValidator(): Plugin {
  let source: string | undefined;
  return {
    name: 'session-validator',
    resolveId: (id) => (id === SESSION_VALIDATOR_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      source ??= sessionValidatorSource();
      return source;
    },
  };
}
