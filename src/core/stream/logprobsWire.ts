// `choices[].logprobs` → TokenLogprob[], whichever shape the server uses.
// Read field by field through wireFields (no wire object is spread or
// merged); junk entries are dropped one by one so the rest still shows.

import {
  logprobFromProbability,
  MAX_LOGPROB_TOKENS,
  MAX_TOP_LOGPROBS,
  rankAlternatives,
  validLogprob,
  validToken,
} from '../logprobs/logprobs';
import type { TokenAlternative, TokenLogprob } from '../types';
import { isRecord, own, type WireRecord } from './wireFields';

/** `logprob`, or llama.cpp's post-sampling `prob` (0…1) turned into one. */
function entryLogprob(entry: WireRecord): number | undefined {
  return validLogprob(own(entry, 'logprob')) ?? logprobFromProbability(own(entry, 'prob'));
}

function alternativesOf(value: unknown): TokenAlternative[] {
  if (!Array.isArray(value)) return [];
  const top: TokenAlternative[] = [];
  for (const entry of value.slice(0, MAX_TOP_LOGPROBS) as unknown[]) {
    if (!isRecord(entry)) continue;
    const token = validToken(own(entry, 'token'));
    const logprob = entryLogprob(entry);
    if (token !== undefined && logprob !== undefined) top.push({ token, logprob });
  }
  return rankAlternatives(top);
}

/** OpenAI chat (and llama.cpp for both endpoints): `[{token, logprob, bytes, top_logprobs}]`. */
function contentEntries(value: unknown, out: TokenLogprob[]): void {
  if (!Array.isArray(value)) return;
  for (const entry of value as unknown[]) {
    if (out.length >= MAX_LOGPROB_TOKENS) return;
    if (!isRecord(entry)) continue;
    const token = validToken(own(entry, 'token'));
    const logprob = entryLogprob(entry);
    if (token === undefined || logprob === undefined) continue;
    const top = alternativesOf(own(entry, 'top_logprobs') ?? own(entry, 'top_probs'));
    out.push({ token, logprob, top });
  }
}

/** A legacy `top_logprobs` entry: `{" there": -0.07, " in": -2.9}`. */
function alternativesFromMap(value: unknown): TokenAlternative[] {
  if (!isRecord(value)) return [];
  const top: TokenAlternative[] = [];
  // Own keys only; a key such as `__proto__` is just a token here.
  for (const key of Object.keys(value).slice(0, MAX_TOP_LOGPROBS)) {
    const token = validToken(key);
    const logprob = validLogprob(own(value, key));
    if (token !== undefined && logprob !== undefined) top.push({ token, logprob });
  }
  return rankAlternatives(top);
}

/** OpenAI `/completions`: parallel `tokens`, `token_logprobs`, `top_logprobs` arrays. */
function legacyEntries(record: WireRecord, out: TokenLogprob[]): void {
  const tokens = own(record, 'tokens');
  if (!Array.isArray(tokens)) return;
  const logprobs = own(record, 'token_logprobs');
  const tops = own(record, 'top_logprobs');
  const list = tokens as unknown[];
  for (let i = 0; i < list.length && out.length < MAX_LOGPROB_TOKENS; i++) {
    const token = validToken(list[i]);
    // The first echoed prompt token has `null`: there is nothing to show for it.
    const logprob = Array.isArray(logprobs) ? validLogprob(logprobs[i]) : undefined;
    if (token === undefined || logprob === undefined) continue;
    const top = Array.isArray(tops) ? alternativesFromMap(tops[i]) : [];
    out.push({ token, logprob, top });
  }
}

/**
 * A choice's `logprobs` in the OpenAI chat shape (`{content: […], refusal}`,
 * also what llama.cpp sends for text completions), the legacy completions
 * shape (`{tokens, token_logprobs, top_logprobs}`), or null/junk (→ []).
 */
export function decodeLogprobs(value: unknown): TokenLogprob[] {
  if (!isRecord(value)) return [];
  const out: TokenLogprob[] = [];
  contentEntries(own(value, 'content'), out);
  // A refusal is shown as the answer's text, so its tokens belong to it too.
  contentEntries(own(value, 'refusal'), out);
  if (out.length === 0) legacyEntries(value, out);
  return out;
}
