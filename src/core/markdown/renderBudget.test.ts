import { describe, expect, it } from 'vitest';
import { blocksToRender, NEW_BLOCKS_PER_RENDER } from './renderBudget';

const all = () => true;

describe('blocksToRender', () => {
  it('renders every block already rendered, whatever the budget', () => {
    expect(blocksToRender([true, true, true], all, 0)).toEqual([true, true, true]);
  });

  it('renders new blocks in reading order up to the budget, and defers the rest', () => {
    expect(blocksToRender([false, true, false, false, true, false], all, 2)).toEqual([
      true,
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it('spends the budget only on wanted blocks (those near the viewport while streaming)', () => {
    const near = (i: number) => i >= 3;
    expect(blocksToRender([false, false, false, false, false, false], near, 2)).toEqual([
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it('catches up over passes: each pass renders the next budget of blocks', () => {
    const known = Array.from({ length: 30 }, () => false);
    let passes = 0;
    while (known.includes(false)) {
      blocksToRender(known).forEach((shown, i) => {
        if (shown) known[i] = true;
      });
      passes++;
    }
    expect(passes).toBe(Math.ceil(30 / NEW_BLOCKS_PER_RENDER));
  });
});
