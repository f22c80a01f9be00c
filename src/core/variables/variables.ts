// Prompt variables: `{{name}}` in the system message, a message or the
// Complete prompt stands for a value the user fills in once. Substitution
// happens when the request is built, so View code, Inspect and the sent body
// all show the same text.
//
// Syntax:
// - `{{name}}` or `{{ name }}`, name matching [A-Za-z_][A-Za-z0-9_.-]*.
// - `\{{name}}` is literal: the backslash is dropped and `{{name}}` is sent
//   as typed (for prompts that talk about templates).
// - Anything else between braces (`{{ }}`, `{{1x}}`, `{{a b}}`) is plain text.

/** Values by variable name. Read with Object.hasOwn: names are user text. */
export type VariableValues = Readonly<Record<string, string>>;

export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

// Group 1: the escaping backslash, if any; group 2: the name.
const TOKEN = /(\\?)\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g;

/** Cheap pre-check so texts without braces cost nothing on each keystroke. */
function mayHaveVariables(text: string): boolean {
  return text.includes('{{');
}

/** Variable names in `texts`, in order of first appearance, without duplicates. */
export function findVariables(texts: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!mayHaveVariables(text)) continue;
    for (const match of text.matchAll(TOKEN)) {
      if (match[1] === '' && match[2] !== undefined) seen.add(match[2]);
    }
  }
  return [...seen];
}

export function valueOf(values: VariableValues, name: string): string | undefined {
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

/** A value counts as given when it is not empty; an empty field is an unfilled one. */
export function hasValue(values: VariableValues, name: string): boolean {
  const value = valueOf(values, name);
  return value !== undefined && value !== '';
}

/**
 * `text` with every variable replaced by its value and escapes resolved.
 * Variables without a value are left as typed (Send is blocked meanwhile).
 */
export function substitute(text: string, values: VariableValues): string {
  if (!mayHaveVariables(text)) return text;
  return text.replace(TOKEN, (whole, escape: string, name: string) => {
    if (escape !== '') return whole.slice(1);
    return hasValue(values, name) ? (valueOf(values, name) ?? whole) : whole;
  });
}

/** Names used in `texts` that have no value yet. */
export function missingVariables(texts: Iterable<string>, values: VariableValues): string[] {
  return findVariables(texts).filter((name) => !hasValue(values, name));
}

export const MAX_VARIABLES = 200;
export const MAX_VALUE_CHARS = 100_000;
export const VARIABLES_VERSION = 1;

export interface VariablesState {
  values: Record<string, string>;
}

/**
 * What storage holds, made safe: only well-formed names with string values,
 * at most MAX_VARIABLES of them, each value cut to MAX_VALUE_CHARS. The
 * result has no prototype, so a name such as `__proto__` is plain data.
 */
export function sanitiseVariables(raw: unknown): VariablesState {
  const values = Object.create(null) as Record<string, string>;
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, 'values')) return { values };
  const stored = (raw as { values: unknown }).values;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { values };
  let count = 0;
  for (const name of Object.keys(stored)) {
    if (count >= MAX_VARIABLES) break;
    const value: unknown = (stored as Record<string, unknown>)[name];
    if (!NAME_PATTERN.test(name) || typeof value !== 'string') continue;
    values[name] = value.slice(0, MAX_VALUE_CHARS);
    count += 1;
  }
  return { values };
}

/** `values` with `name` set, as a new prototype-free object (the store's update). */
export function withValue(
  values: VariableValues,
  name: string,
  value: string,
): Record<string, string> {
  const next = Object.assign(Object.create(null) as Record<string, string>, values);
  next[name] = value.slice(0, MAX_VALUE_CHARS);
  return next;
}
