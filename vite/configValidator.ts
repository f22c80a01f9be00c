// Compiles config.json's JSON Schema with ajv at build time and serves the
// result as the module `virtual:config-validator`: plain code, no ajv at run
// time and no `new Function` (so it works under a CSP without 'unsafe-eval').
// Vitest uses the same plugin, so unit tests run exactly the shipped validator.

import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import { CONFIG_SCHEMA } from '../src/core/config/schema.ts';

export const CONFIG_VALIDATOR_ID = 'virtual:config-validator';
const RESOLVED_ID = `\0${CONFIG_VALIDATOR_ID}`;

/** The validator's ES module source for `schema`. */
export function validatorSource(schema: object = CONFIG_SCHEMA): string {
  const ajv = new Ajv({
    code: { source: true, esm: true },
    // Every problem, so the banner can name each ignored field.
    allErrors: true,
    strict: true,
    // Lengths in UTF-16 units: they are only bounds, and this keeps the
    // generated code free of imports from ajv's runtime.
    unicode: false,
    logger: false,
  });
  const code = standaloneCode(ajv, ajv.compile(schema));
  if (/\brequire\(/.test(code))
    throw new Error(
      'The config validator needs an ajv runtime helper this plugin does not inline.',
    );
  return code;
}

export function configValidator(): Plugin {
  let source: string | undefined;
  return {
    name: 'config-validator',
    resolveId: (id) => (id === CONFIG_VALIDATOR_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      source ??= validatorSource();
      return source;
    },
  };
}
