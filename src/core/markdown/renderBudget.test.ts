import { describe, expect, it } from 'vitest';
import { blocksToRender, type RenderPass } from './renderBudget';

/** Blocks whose rendering costs `costs[i]` ms on a fake clock. */
function fakeBlocks(costs: number[], rendered: boolean[] = costs.map(() => false)) {
  let clock = 0;
  const renderedNow: number[] = [];
  const pass = (extra: Partial<RenderPass> = {}) =>
    blocksToRender(costs.length, {
      known: (i) => rendered[i]!,
      render: (i) => {
        clock += costs[i]!;
        rendered[i] = true;
        renderedNow.push(i);
      },
      now: () => clock,
      budgetMs: 6,
      ...extra,
    });
  return { pass, rendered, renderedNow };
}

describe('blocksToRender', () => {
  it('shows every block already rendered without rendering it again, whatever the budget', () => {
    const blocks = fakeBlocks([100, 100, 100], [true, true, true]);
    expect(blocks.pass({ budgetMs: 0 })).toEqual([true, true, true]);
    expect(blocks.renderedNow).toEqual([]);
  });

  it('renders new blocks in reading order until the budget is spent, and defers the rest', () => {
    const blocks = fakeBlocks([2, 1, 2, 3, 1, 1], [false, true, false, false, true, false]);
    // 2 + 2 = 4 ms spent, 4 < 6 so block 3 starts (and overruns); block 5 waits.
    expect(blocks.pass()).toEqual([true, true, true, true, true, false]);
    expect(blocks.renderedNow).toEqual([0, 2, 3]);
  });

  it('counts time, not blocks: many cheap blocks render in one pass, one costly block alone', () => {
    const cheap = fakeBlocks(Array.from({ length: 40 }, () => 0.1));
    expect(cheap.pass().every(Boolean)).toBe(true);
    const costly = fakeBlocks([10, 10, 10]);
    expect(costly.pass()).toEqual([true, false, false]);
  });

  it('spends the budget only on wanted blocks (those near the viewport while streaming)', () => {
    const blocks = fakeBlocks([1, 1, 1, 4, 4, 1]);
    expect(blocks.pass({ wanted: (i) => i >= 3 })).toEqual([
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it('catches up over passes, each rendering at least one block', () => {
    const blocks = fakeBlocks(Array.from({ length: 12 }, () => 4));
    let passes = 0;
    while (blocks.rendered.includes(false)) {
      blocks.pass();
      passes++;
    }
    // 4 ms each with a 6 ms budget: two blocks per pass.
    expect(passes).toBe(6);
    expect(blocks.renderedNow).toEqual([...Array(12).keys()]);
  });
});
