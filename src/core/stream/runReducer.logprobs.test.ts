import { describe, expect, it } from 'vitest';
import { MAX_LOGPROB_TOKENS } from '../logprobs/logprobs';
import type { StreamEvent, TokenLogprob } from '../types';
import { applyEvents, endRun, MAX_CHOICES, startRun } from './runReducer';

const tok = (token: string, logprob = -0.5): TokenLogprob => ({ token, logprob, top: [] });
const logprobs = (choice: number, ...tokens: TokenLogprob[]): StreamEvent => ({
  type: 'logprobs',
  choice,
  tokens,
});
const text = (t: string, choice = 0): StreamEvent => ({ type: 'text', choice, text: t });

describe('runReducer: logprobs', () => {
  it('accumulates tokens per choice, in order, across batches', () => {
    let state = startRun(0);
    state = applyEvents(state, [text('Hi'), logprobs(0, tok('Hi')), text('A', 1)], 1);
    state = applyEvents(state, [logprobs(1, tok('A')), text('!'), logprobs(0, tok('!', -2))], 2);
    state = applyEvents(state, [logprobs(0, tok(' there'), tok('.'))], 3);
    expect(state.choices[0]?.logprobs?.map((t) => t.token)).toEqual(['Hi', '!', ' there', '.']);
    expect(state.choices[0]?.logprobs?.[1]?.logprob).toBe(-2);
    expect(state.choices[1]?.logprobs?.map((t) => t.token)).toEqual(['A']);
    expect(state.choices[0]?.text).toBe('Hi!');
  });

  it('never mutates an earlier state: each batch copies a list it appends to', () => {
    const first = applyEvents(startRun(0), [logprobs(0, tok('a'))], 1);
    const firstList = first.choices[0]?.logprobs;
    const second = applyEvents(first, [logprobs(0, tok('b')), logprobs(0, tok('c'))], 2);
    expect(firstList?.map((t) => t.token)).toEqual(['a']);
    expect(second.choices[0]?.logprobs?.map((t) => t.token)).toEqual(['a', 'b', 'c']);
    expect(second.choices[0]?.logprobs).not.toBe(firstList);
  });

  it('a choice that never got logprobs has none; an empty event changes nothing', () => {
    const state = applyEvents(startRun(0), [text('x')], 1);
    expect(state.choices[0]).not.toHaveProperty('logprobs');
    expect(applyEvents(state, [logprobs(0)], 2)).toBe(state);
  });

  it('does not count logprobs as tokens for the speed estimate or the first-token time', () => {
    const state = applyEvents(startRun(0), [logprobs(0, tok('a'))], 5);
    expect(state.deltaCount).toBe(0);
    expect(state.firstTokenAt).toBeUndefined();
  });

  it('stops at MAX_LOGPROB_TOKENS per choice', () => {
    const many = Array.from({ length: MAX_LOGPROB_TOKENS - 1 }, () => tok('a'));
    let state = applyEvents(startRun(0), [logprobs(0, ...many)], 1);
    state = applyEvents(state, [logprobs(0, tok('b'), tok('c'))], 2);
    expect(state.choices[0]?.logprobs).toHaveLength(MAX_LOGPROB_TOKENS);
    expect(state.choices[0]?.logprobs?.at(-1)?.token).toBe('b');
    const full = state;
    expect(applyEvents(full, [logprobs(0, tok('d'))], 3)).toBe(full);
  });

  it('respects the choice cap and ignores events once the run has ended', () => {
    const fill = Array.from({ length: MAX_CHOICES }, (_, i) => text('x', i));
    let state = applyEvents(startRun(0), fill, 1);
    expect(applyEvents(state, [logprobs(MAX_CHOICES, tok('a'))], 2)).toBe(state);
    state = endRun(state, 'eof', 3);
    expect(applyEvents(state, [logprobs(0, tok('a'))], 4)).toBe(state);
  });
});
