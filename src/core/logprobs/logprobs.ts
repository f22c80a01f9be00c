// Token log probabilities: the limits that keep them small, their validation
// (shared by the wire decoder and the storage sanitiser), and the numbers the
// heat map shows. Pure; no React.

import { isRecord, own } from '../stream/wireFields';
import type { TokenAlternative, TokenLogprob } from '../types';

/** OpenAI's upper bound for `top_logprobs`; more alternatives than this are junk. */
export const MAX_TOP_LOGPROBS = 20;
/** Tokens are a few characters; anything longer is clipped so junk cannot bloat state. */
export const MAX_TOKEN_CHARS = 128;
/** Tokens kept per choice while a run streams; later ones are dropped. */
export const MAX_LOGPROB_TOKENS = 4096;
/**
 * Tokens plus alternatives kept per message (about 35 bytes each as JSON),
 * so a long answer with 20 alternatives per token cannot fill localStorage.
 */
export const MAX_STORED_ENTRIES = 16384;

/** Servers round: a log probability a hair above 0 is a probability of 1. */
const ROUNDING = 1e-6;

export function validToken(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.length > MAX_TOKEN_CHARS ? value.slice(0, MAX_TOKEN_CHARS) : value;
}

/** A finite number ≤ 0 (tiny positive rounding becomes 0); anything else is junk. */
export function validLogprob(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value > ROUNDING) return undefined;
  return Math.min(value, 0);
}

/** llama.cpp's post-sampling shape reports a probability instead: `prob` in 0…1. */
export function logprobFromProbability(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    return undefined;
  }
  return Math.log(value);
}

/** Most likely first, at most MAX_TOP_LOGPROBS. */
export function rankAlternatives(list: TokenAlternative[]): TokenAlternative[] {
  return list.sort((a, b) => b.logprob - a.logprob).slice(0, MAX_TOP_LOGPROBS);
}

export function probability(logprob: number): number {
  const p = Math.exp(logprob);
  return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
}

/** "92.3%"; the ends say "<0.1%" / ">99.9%" rather than round to a certainty that is not there. */
export function formatProbability(logprob: number): string {
  const percent = probability(logprob) * 100;
  if (percent === 100) return '100%';
  if (percent >= 99.95) return '>99.9%';
  if (percent === 0) return '0%';
  if (percent < 0.05) return '<0.1%';
  return `${percent.toFixed(1)}%`;
}

/**
 * The heat map's background: the theme's strong "unlikely" colour (red) for
 * surprising tokens, through yellow (oklch mixes along the hue), to its faint
 * "likely" one (green) for near-certain tokens. The two ends are design
 * tokens (app.css), so each theme keeps text on the map readable.
 */
export function heatColour(logprob: number): string {
  const unlikely = Math.round(100 * (1 - probability(logprob)));
  return `color-mix(in oklch, var(--heat-unlikely) ${unlikely}%, var(--heat-likely))`;
}

/** How a token reads in a list: quoted, with whitespace made visible. */
export function showToken(token: string): string {
  return JSON.stringify(token);
}

function sanitiseAlternative(raw: unknown): TokenAlternative | undefined {
  if (!isRecord(raw)) return undefined;
  const token = validToken(own(raw, 'token'));
  const logprob = validLogprob(own(raw, 'logprob'));
  return token === undefined || logprob === undefined ? undefined : { token, logprob };
}

function sanitiseToken(raw: unknown): TokenLogprob | undefined {
  const base = sanitiseAlternative(raw);
  if (base === undefined || !isRecord(raw)) return undefined;
  const rawTop = own(raw, 'top');
  const top: TokenAlternative[] = [];
  if (Array.isArray(rawTop)) {
    for (const entry of rawTop.slice(0, MAX_TOP_LOGPROBS) as unknown[]) {
      const alternative = sanitiseAlternative(entry);
      if (alternative !== undefined) top.push(alternative);
    }
  }
  return { token: base.token, logprob: base.logprob, top: rankAlternatives(top) };
}

/**
 * Keeps whole tokens, in order, while the entry budget lasts (each token
 * costs 1 + its alternatives), so what is stored stays bounded whatever the
 * run produced. A list that runs out is cut short; its later tokens are gone.
 */
export function capLogprobLists(lists: readonly TokenLogprob[][]): TokenLogprob[][] {
  let budget = MAX_STORED_ENTRIES;
  return lists.map((list) => {
    const kept: TokenLogprob[] = [];
    for (const token of list.slice(0, MAX_LOGPROB_TOKENS)) {
      const cost = 1 + token.top.length;
      if (cost > budget) break;
      budget -= cost;
      kept.push(token);
    }
    return kept;
  });
}

/**
 * Stored per-choice lists (a message's or a pending completion's), checked
 * field by field: at most `maxLists` lists, junk entries dropped, sizes
 * capped. Undefined when nothing usable is left.
 */
export function sanitiseLogprobLists(raw: unknown, maxLists: number): TokenLogprob[][] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const lists = (raw.slice(0, Math.max(0, maxLists)) as unknown[]).map((list) =>
    Array.isArray(list)
      ? (list.slice(0, MAX_LOGPROB_TOKENS) as unknown[]).flatMap((t) => sanitiseToken(t) ?? [])
      : [],
  );
  return hasLogprobs(lists) ? capLogprobLists(lists) : undefined;
}

/** What a finished run leaves on its message: one list per choice, or undefined if none has any. */
export function logprobListsOf(
  choices: readonly { logprobs?: readonly TokenLogprob[] }[],
): TokenLogprob[][] | undefined {
  const lists = choices.map((c) => (c.logprobs ? c.logprobs.slice() : []));
  return hasLogprobs(lists) ? capLogprobLists(lists) : undefined;
}

export function hasLogprobs(lists: readonly (readonly TokenLogprob[])[] | undefined): boolean {
  return lists !== undefined && lists.some((list) => list.length > 0);
}

/**
 * The text after the tokens, when the tokens spell the start of `content`
 * but not all of it (their list was capped): the heat map shows it plain.
 */
export function textAfterTokens(tokens: readonly TokenLogprob[], content: string): string {
  const spelled = tokens.map((t) => t.token).join('');
  return spelled.length < content.length && content.startsWith(spelled)
    ? content.slice(spelled.length)
    : '';
}

/**
 * The list belonging to the text on show: the picked alternative's (by its
 * text, as `n > 1` messages record the pick), else the first; undefined when
 * that choice has no tokens.
 */
export function shownLogprobs(
  lists: readonly TokenLogprob[][] | undefined,
  alternatives: readonly string[] | undefined,
  shown: string | number,
): TokenLogprob[] | undefined {
  if (!lists) return undefined;
  const index = typeof shown === 'number' ? shown : Math.max(0, alternatives?.indexOf(shown) ?? 0);
  const list = lists[index];
  return list && list.length > 0 ? list : undefined;
}
