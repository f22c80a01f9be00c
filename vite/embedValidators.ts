// Compiles the embed protocol's JSON Schemas (src/core/embed/schemas.ts) with
// ajv at build time and serves the result as the module
// `virtual:embed-validators`. The browser then validates host messages with
// plain generated functions: ajv itself never ships, and nothing needs
// `new Function` (which a Content-Security-Policy without 'unsafe-eval' forbids).

import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import { HOST_SCHEMAS } from '../src/core/embed/schemas.ts';

export const EMBED_VALIDATORS_ID = 'virtual:embed-validators';
const RESOLVED_ID = `\0${EMBED_VALIDATORS_ID}`;

/** The ES module source exporting one validator per entry of HOST_SCHEMAS. */
export function embedValidatorsSource(): string {
  const ajv = new Ajv({
    code: { source: true, esm: true },
    // Count string length in UTF-16 units: the limits are safety bounds, and
    // this keeps the generated code free of imports from ajv's runtime.
    unicode: false,
    allErrors: false,
    strictSchema: true,
    strictTypes: true,
    strictTuples: true,
    // `required` inside if/then/else names properties declared beside it, which this check misses.
    strictRequired: false,
    logger: false,
  });
  const refs: Record<string, string> = {};
  for (const [name, schema] of Object.entries(HOST_SCHEMAS)) {
    ajv.addSchema(schema);
    refs[name] = schema.$id;
  }
  const code = standaloneCode(ajv, refs);
  // Generated code that reached for ajv's runtime helpers would not load in the browser.
  if (/\brequire\(/.test(code))
    throw new Error('embed validators: the generated code needs ajv runtime helpers');
  return code;
}

export function embedValidators(): Plugin {
  let cached: string | undefined;
  return {
    name: 'embed-validators',
    resolveId(id) {
      return id === EMBED_VALIDATORS_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      cached ??= embedValidatorsSource();
      return cached;
    },
  };
}
