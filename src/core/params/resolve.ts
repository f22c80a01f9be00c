import { paramsFor, specMax, type ModelContext, type ParamSpec } from './registry';

/**
 * What the user typed, per parameter key. A key that is present means "send
 * it"; removing the key (the reset control) means "leave it out". Numbers are
 * kept as typed so that malformed input can be shown, not silently fixed.
 */
export type RawParams = Readonly<Record<string, string>>;

export interface ResolvedParams {
  values: Record<string, unknown>;
  errors: Record<string, string>;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) && Math.abs(n) >= 1e6 ? n.toLocaleString('en-US') : String(n);
}

function resolveNumber(
  spec: Extract<ParamSpec, { control: 'number' }>,
  text: string,
  ctx: ModelContext,
): { value: number } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '')
    return { error: `Enter a value for ${spec.label}, or reset it to leave it out.` };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed))
    return { error: `${spec.label} must be a number.` };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { error: `${spec.label} must be a number.` };
  if (spec.integer && !Number.isInteger(value))
    return { error: `${spec.label} must be a whole number.` };
  const max = specMax(spec, ctx);
  if (value < spec.min || value > max)
    return {
      error: `${spec.label} must be between ${formatNumber(spec.min)} and ${formatNumber(max)}.`,
    };
  return { value };
}

/** Turns one line of the stop editor into the sequence it stands for. */
export function unescapeSequence(line: string): string {
  return line.replace(/\\([nrt\\])/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : '\\',
  );
}

export function escapeSequence(sequence: string): string {
  return sequence.replace(/[\\\n\r\t]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : '\\\\',
  );
}

function resolveList(
  spec: Extract<ParamSpec, { control: 'list' }>,
  text: string,
): { value: string[] } | { error: string } {
  const items = text
    .split('\n')
    .filter((line) => line !== '')
    .map(unescapeSequence);
  if (items.length === 0) return { error: `Add at least one sequence, or reset ${spec.label}.` };
  if (items.length > spec.maxItems)
    return { error: `At most ${spec.maxItems} stop sequences (you have ${items.length}).` };
  return { value: items };
}

/**
 * Validates what the user set for a model. Only parameters the model takes
 * and the user set are returned; anything invalid is an error and blocks
 * sending.
 */
export function resolveParams(ctx: ModelContext, raw: RawParams): ResolvedParams {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const specs = paramsFor(ctx);
  for (const spec of specs) {
    if (!Object.hasOwn(raw, spec.key)) continue;
    const text = raw[spec.key] ?? '';
    const result =
      spec.control === 'number'
        ? resolveNumber(spec, text, ctx)
        : spec.control === 'list'
          ? resolveList(spec, text)
          : spec.options(ctx).includes(text)
            ? { value: spec.toWire ? spec.toWire(text) : text }
            : { error: `Choose one of: ${spec.options(ctx).join(', ')}.` };
    if ('error' in result) errors[spec.key] = result.error;
    else values[spec.key] = result.value;
  }
  // Rules across parameters see every valid value; a broken rule is an error like any other.
  for (const spec of specs) {
    if (!spec.check || !Object.hasOwn(values, spec.key)) continue;
    const problem = spec.check(values);
    if (problem === undefined) continue;
    errors[spec.key] = problem;
    delete values[spec.key];
  }
  return { values, errors };
}
