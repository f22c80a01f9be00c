import type { ModelRules } from './types';

/**
 * A model id pattern: `*` stands for any run of characters, `?` for one,
 * anything else for itself. Ignores case, as people write ids both ways.
 */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'is');
}

const compiled = new Map<string, RegExp>();

export function matchesGlob(id: string, glob: string): boolean {
  let re = compiled.get(glob);
  if (!re) {
    re = globToRegExp(glob);
    compiled.set(glob, re);
  }
  return re.test(id);
}

/** Offered when the allow-list (if any) matches it and the deny-list does not. */
export function isModelAllowed(id: string, rules: ModelRules): boolean {
  if (rules.allow && !rules.allow.some((g) => matchesGlob(id, g))) return false;
  return !rules.deny?.some((g) => matchesGlob(id, g));
}

export function hasModelRules(rules: ModelRules): boolean {
  return rules.allow !== undefined || rules.deny !== undefined;
}
