import { describe, expect, it } from 'vitest';
import type { TokenLogprob } from '../types';
import {
  capLogprobLists,
  formatProbability,
  hasLogprobs,
  heatColour,
  logprobListsOf,
  MAX_LOGPROB_TOKENS,
  MAX_STORED_ENTRIES,
  MAX_TOP_LOGPROBS,
  probability,
  sanitiseLogprobLists,
  showToken,
  shownLogprobs,
  textAfterTokens,
} from './logprobs';

const tok = (token: string, logprob = -0.5, top: TokenLogprob['top'] = []): TokenLogprob => ({
  token,
  logprob,
  top,
});

describe('probability and its display', () => {
  it('is exp(logprob), kept within 0…1', () => {
    expect(probability(0)).toBe(1);
    expect(probability(Math.log(0.25))).toBeCloseTo(0.25);
    expect(probability(-1e6)).toBe(0);
  });

  it('formats as a percentage without rounding to a false certainty', () => {
    expect(formatProbability(0)).toBe('100%');
    expect(formatProbability(Math.log(0.923))).toBe('92.3%');
    expect(formatProbability(Math.log(0.9999))).toBe('>99.9%');
    expect(formatProbability(Math.log(0.0001))).toBe('<0.1%');
    expect(formatProbability(-1e6)).toBe('0%');
  });

  it('mixes the theme’s unlikely and likely colours by how surprising the token was', () => {
    const mix = (unlikely: number) =>
      `color-mix(in oklch, var(--heat-unlikely) ${unlikely}%, var(--heat-likely))`;
    expect(heatColour(0)).toBe(mix(0));
    expect(heatColour(-1e6)).toBe(mix(100));
    expect(heatColour(Math.log(0.5))).toBe(mix(50));
    expect(heatColour(Math.log(0.9))).toBe(mix(10));
  });

  it('shows a token quoted, with whitespace visible', () => {
    expect(showToken(' there')).toBe('" there"');
    expect(showToken('\n')).toBe('"\\n"');
  });
});

describe('sanitiseLogprobLists (what storage holds)', () => {
  it('keeps valid lists as they are', () => {
    const lists = [[tok('Hi', -0.1, [{ token: 'Hi', logprob: -0.1 }])], [tok('Yo')]];
    expect(sanitiseLogprobLists(structuredClone(lists), 2)).toEqual(lists);
  });

  it('drops junk entries one by one and ranks alternatives', () => {
    const raw: unknown = [
      [
        null,
        { token: 'a' },
        { token: 'b', logprob: 2 },
        {
          token: 'c',
          logprob: -1,
          top: [{ token: 'y', logprob: -3 }, 'x', { token: 'z', logprob: -2 }],
        },
        { token: 'd', logprob: -1, top: 'nope' },
      ],
      'not a list',
    ];
    expect(sanitiseLogprobLists(raw, 5)).toEqual([
      [
        tok('c', -1, [
          { token: 'z', logprob: -2 },
          { token: 'y', logprob: -3 },
        ]),
        tok('d', -1),
      ],
      [],
    ]);
  });

  it('is undefined for non-arrays and lists with nothing usable', () => {
    for (const raw of [undefined, null, 'x', {}, [], [[]], [[{ token: 1 }]]]) {
      expect(sanitiseLogprobLists(raw, 4)).toBeUndefined();
    }
  });

  it('keeps at most as many lists as there are choices', () => {
    expect(sanitiseLogprobLists([[tok('a')], [tok('b')], [tok('c')]], 2)).toHaveLength(2);
    expect(sanitiseLogprobLists([[tok('a')]], 0)).toBeUndefined();
  });

  it('ignores inherited or hostile keys', () => {
    const raw = JSON.parse(
      '[[{"token":"a","logprob":-1,"top":[],"__proto__":{"polluted":true}}]]',
    ) as unknown;
    const lists = sanitiseLogprobLists(raw, 1);
    expect(lists).toEqual([[tok('a', -1)]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('caps alternatives per token and tokens per list', () => {
    const top = Array.from({ length: 40 }, (_, i) => ({ token: `t${i}`, logprob: -i }));
    const long = Array.from({ length: MAX_LOGPROB_TOKENS + 5 }, () => tok('a'));
    expect(sanitiseLogprobLists([[tok('a', -1, top)]], 1)?.[0]?.[0]?.top).toHaveLength(
      MAX_TOP_LOGPROBS,
    );
    expect(sanitiseLogprobLists([long], 1)?.[0]).toHaveLength(MAX_LOGPROB_TOKENS);
  });
});

describe('capLogprobLists', () => {
  it('keeps whole tokens in order until the entry budget runs out', () => {
    const top = Array.from({ length: MAX_TOP_LOGPROBS }, (_, i) => ({
      token: `t${i}`,
      logprob: -i,
    }));
    const heavy = Array.from({ length: 1000 }, () => tok('a', -1, top));
    const [first, second] = capLogprobLists([heavy, heavy]);
    const perToken = 1 + MAX_TOP_LOGPROBS;
    expect(first).toHaveLength(Math.min(1000, Math.floor(MAX_STORED_ENTRIES / perToken)));
    const used = (first?.length ?? 0) * perToken;
    expect(second).toHaveLength(Math.floor((MAX_STORED_ENTRIES - used) / perToken));
  });
});

describe('logprobListsOf a finished run', () => {
  it('gives one list per choice, empty for a choice without logprobs', () => {
    expect(logprobListsOf([{ logprobs: [tok('a')] }, {}])).toEqual([[tok('a')], []]);
  });

  it('is undefined when no choice has any', () => {
    expect(logprobListsOf([{}, { logprobs: [] }])).toBeUndefined();
    expect(logprobListsOf([])).toBeUndefined();
  });

  it('hasLogprobs says whether any list has a token', () => {
    expect(hasLogprobs(undefined)).toBe(false);
    expect(hasLogprobs([[], []])).toBe(false);
    expect(hasLogprobs([[], [tok('a')]])).toBe(true);
  });
});

describe('textAfterTokens', () => {
  it('is the part of the answer the kept tokens do not cover', () => {
    expect(textAfterTokens([tok('Once'), tok(' upon')], 'Once upon a time')).toBe(' a time');
  });

  it('is empty when the tokens cover it all or spell something else', () => {
    expect(textAfterTokens([tok('Hi'), tok('!')], 'Hi!')).toBe('');
    expect(textAfterTokens([tok('<think>')], 'Hello')).toBe('');
  });
});

describe('shownLogprobs', () => {
  const lists = [[tok('A')], [tok('B')], []];
  it('follows the picked alternative by its text, or by index', () => {
    expect(shownLogprobs(lists, ['A', 'B', 'C'], 'B')).toEqual([tok('B')]);
    expect(shownLogprobs(lists, ['A', 'B', 'C'], 1)).toEqual([tok('B')]);
    expect(shownLogprobs(lists, undefined, 'anything')).toEqual([tok('A')]);
  });

  it('is undefined when the shown choice has no tokens or there are none', () => {
    expect(shownLogprobs(lists, ['A', 'B', 'C'], 'C')).toBeUndefined();
    expect(shownLogprobs(undefined, undefined, 'A')).toBeUndefined();
    expect(shownLogprobs(lists, ['A'], 7)).toBeUndefined();
  });
});
