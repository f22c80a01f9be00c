// Tool definitions as the user writes them, and as the API receives them.
// Reads parsed JSON with Object.hasOwn only and builds new objects, so a
// `__proto__` or `constructor` key in pasted text is inert.

import { isRecord } from '../dialects/wire';
import { TOOL_NAME_PATTERN } from './toolName';

export interface FunctionDefinition {
  name: string;
  description?: string;
  /** A JSON Schema for the arguments; checked with ajv (see schemaIssues). */
  parameters?: Record<string, unknown>;
  strict?: boolean;
}

/** What the playground sends in `tools`: always the `{type, function}` form. */
export interface ToolDefinition {
  type: 'function';
  function: FunctionDefinition;
}

/**
 * What is wrong with a definition, at a JSON pointer into the text the user
 * wrote. A code, not words: the words (definitionMessages.ts) load with the
 * lazy checker, while sending only needs to know the definition is valid.
 */
export interface DefinitionProblem {
  pointer: string;
  code:
    | 'not-object'
    | 'unknown-shape'
    | 'type-missing'
    | 'type-not-function'
    | 'function-not-object'
    | 'name-missing'
    | 'name-not-string'
    | 'name-invalid'
    | 'description-not-string'
    | 'parameters-not-object'
    | 'strict-not-boolean';
  /** The offending value, for the message (the name, or the `type`). */
  value?: unknown;
}

export type NormalizedTool =
  | {
      ok: true;
      tool: ToolDefinition;
      /** Written in the legacy `functions` shape (`{name, parameters}` without the wrapper). */
      legacy: boolean;
      /** Keys that are not part of a function definition and are not sent. */
      ignored: string[];
    }
  | { ok: false; problem: DefinitionProblem; name?: string };

const own = (obj: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(obj, key) ? obj[key] : undefined;

const FUNCTION_KEYS = new Set(['name', 'description', 'parameters', 'strict']);
const WRAPPER_KEYS = new Set(['type', 'function']);

const fail = (
  pointer: string,
  code: DefinitionProblem['code'],
  value?: unknown,
  name?: string,
): NormalizedTool => ({
  ok: false,
  problem: value === undefined ? { pointer, code } : { pointer, code, value },
  ...(name === undefined ? {} : { name }),
});

/** Brings one parsed definition, new or legacy shape, to what the API receives. */
export function normalizeTool(value: unknown): NormalizedTool {
  if (!isRecord(value)) return fail('', 'not-object');
  const wrapped = Object.hasOwn(value, 'function') || Object.hasOwn(value, 'type');
  const legacy = !wrapped && Object.hasOwn(value, 'name');
  if (!wrapped && !legacy) return fail('', 'unknown-shape');
  const ignored: string[] = [];
  let fn: Record<string, unknown>;
  let base = '';
  if (wrapped) {
    const type = own(value, 'type');
    if (type === undefined) return fail('/type', 'type-missing');
    if (type !== 'function') return fail('/type', 'type-not-function', type);
    const inner = own(value, 'function');
    if (!isRecord(inner))
      return fail(inner === undefined ? '' : '/function', 'function-not-object');
    fn = inner;
    base = '/function';
    for (const key of Object.keys(value)) if (!WRAPPER_KEYS.has(key)) ignored.push(key);
  } else fn = value;

  const name = own(fn, 'name');
  if (name === undefined) return fail(base, 'name-missing');
  if (typeof name !== 'string') return fail(`${base}/name`, 'name-not-string');
  if (!TOOL_NAME_PATTERN.test(name)) return fail(`${base}/name`, 'name-invalid', name, name);
  const definition: FunctionDefinition = { name };
  const description = own(fn, 'description');
  if (description !== undefined) {
    if (typeof description !== 'string')
      return fail(`${base}/description`, 'description-not-string', undefined, name);
    definition.description = description;
  }
  const parameters = own(fn, 'parameters');
  if (parameters !== undefined) {
    if (!isRecord(parameters))
      return fail(`${base}/parameters`, 'parameters-not-object', undefined, name);
    definition.parameters = parameters;
  }
  const strict = own(fn, 'strict');
  if (strict !== undefined) {
    if (typeof strict !== 'boolean')
      return fail(`${base}/strict`, 'strict-not-boolean', undefined, name);
    definition.strict = strict;
  }
  for (const key of Object.keys(fn)) if (!FUNCTION_KEYS.has(key)) ignored.push(key);
  return { ok: true, tool: { type: 'function', function: definition }, legacy, ignored };
}

/** Parses and normalises one editor's text; undefined when it is not valid. */
export function parseToolSource(source: string): ToolDefinition | undefined {
  let value: unknown;
  try {
    value = JSON.parse(source) as unknown;
  } catch {
    return undefined;
  }
  const result = normalizeTool(value);
  return result.ok ? result.tool : undefined;
}

export function formatTool(tool: ToolDefinition): string {
  return JSON.stringify(tool, null, 2);
}
