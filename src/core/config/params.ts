import { escapeSequence, type RawParams } from '../params/resolve';
import type { ParamDefault, ParamRules } from './types';

/** A JSON value as the text the parameter panel would hold for it. */
export function toRawParam(value: ParamDefault): string {
  return Array.isArray(value) ? value.map(escapeSequence).join('\n') : String(value);
}

const defaultsCache = new WeakMap<ParamRules, RawParams>();

/** The configured defaults as panel text; the same object for the same rules. */
export function defaultRawParams(rules: ParamRules): RawParams {
  let raw = defaultsCache.get(rules);
  if (!raw) {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(rules.defaults)) out[key] = toRawParam(value);
    raw = Object.freeze(out);
    defaultsCache.set(rules, raw);
  }
  return raw;
}

/**
 * What a model's parameters are, given what the user stored for it: a model
 * the user never touched starts from the configured defaults (so saved work
 * always wins), and locked parameters always carry their default, or are
 * left out when there is none.
 */
export function rawParamsFor(stored: RawParams | undefined, rules: ParamRules): RawParams {
  const base = stored ?? defaultRawParams(rules);
  if (rules.locked.length === 0) return base;
  const out: Record<string, string> = { ...base };
  for (const key of rules.locked) {
    const value = Object.hasOwn(rules.defaults, key) ? rules.defaults[key] : undefined;
    if (value === undefined) delete out[key];
    else out[key] = toRawParam(value);
  }
  return out;
}

export function isLocked(rules: ParamRules, key: string): boolean {
  return rules.locked.includes(key);
}
