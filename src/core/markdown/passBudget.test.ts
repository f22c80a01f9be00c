import { describe, expect, it } from 'vitest';
import { createPassBudget } from './passBudget';

/** A clock where each block render takes `costMs`. */
function clockedRenders(costMs: number) {
  let t = 0;
  const rendered = new Set<number>();
  return {
    now: () => t,
    rendered,
    pass: {
      known: (i: number) => rendered.has(i),
      render: (i: number) => {
        t += costMs;
        rendered.add(i);
      },
    },
  };
}

describe('createPassBudget', () => {
  it('takes on at most the budget of new text per committed pass, however often it renders', () => {
    const passes = createPassBudget({ maxNew: 4 });
    expect(passes.text('ab')).toBe('ab');
    passes.committed('ab');
    const long = 'abcdefghij';
    // Renders that React dropped and started again take on the same text, not more.
    expect(passes.text(long)).toBe('abcdef');
    expect(passes.text(long)).toBe('abcdef');
    passes.committed('abcdef');
    expect(passes.text(long)).toBe(long);
  });

  it('shows a text that does not continue the last one whole', () => {
    const passes = createPassBudget({ maxNew: 4 });
    passes.committed('first answer');
    expect(passes.text('an edited answer')).toBe('an edited answer');
  });

  it('shares one render budget between the renders of a pass, and renews it on commit', () => {
    const clock = clockedRenders(4);
    const passes = createPassBudget({ budgetMs: 6, now: clock.now });
    // 4 ms per block against 6 ms: two blocks start within the budget.
    expect(passes.blocks(5, clock.pass)).toEqual([true, true, false, false, false]);
    // A restarted render of the same pass finds the budget spent: nothing new.
    expect(passes.blocks(5, clock.pass)).toEqual([true, true, false, false, false]);
    passes.committed('');
    expect(passes.blocks(5, clock.pass)).toEqual([true, true, true, true, false]);
  });
});
