import { describe, expect, it } from 'vitest';
import { PriorityQueue } from './priorityQueue';

describe('PriorityQueue', () => {
  it('pops in the comparator’s order, ties by the second key', () => {
    const q = new PriorityQueue<{ rank: number; left: number }>(
      (a, b) => a.rank < b.rank || (a.rank === b.rank && a.left < b.left),
    );
    const items = [
      { rank: 3, left: 0 },
      { rank: 1, left: 5 },
      { rank: 2, left: 1 },
      { rank: 1, left: 2 },
      { rank: 7, left: 9 },
      { rank: 2, left: 0 },
    ];
    for (const item of items) q.push(item);
    expect(q.size).toBe(6);
    const out = [];
    for (let item = q.pop(); item; item = q.pop()) out.push(`${item.rank}/${item.left}`);
    expect(out).toEqual(['1/2', '1/5', '2/0', '2/1', '3/0', '7/9']);
    expect(q.pop()).toBeUndefined();
  });
});
