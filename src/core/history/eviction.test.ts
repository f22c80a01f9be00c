import { describe, expect, it } from 'vitest';
import { planEviction, type SizedItem } from './eviction';

const item = (id: string, startedAt: number, size = 10): SizedItem => ({ id, startedAt, size });

describe('planEviction', () => {
  it('keeps everything under the cap', () => {
    expect(planEviction([item('a', 1), item('b', 2)], { maxEntries: 5, maxBytes: 100 })).toEqual(
      [],
    );
  });

  it('drops the oldest beyond the run count, oldest first, whatever the input order', () => {
    const items = [item('c', 3), item('a', 1), item('e', 5), item('b', 2), item('d', 4)];
    expect(planEviction(items, { maxEntries: 3, maxBytes: 1e9 })).toEqual(['a', 'b']);
  });

  it('drops the oldest once the byte budget is reached, even if an older run is small', () => {
    const items = [item('old-small', 1, 1), item('mid-big', 2, 60), item('new', 3, 50)];
    // new (50) fits; mid-big would make 110 > 100; old-small would fit but is older still.
    expect(planEviction(items, { maxEntries: 10, maxBytes: 100 })).toEqual([
      'old-small',
      'mid-big',
    ]);
  });

  it('whichever limit comes first wins', () => {
    const items = [1, 2, 3, 4].map((t) => item(`r${t}`, t, 30));
    expect(planEviction(items, { maxEntries: 3, maxBytes: 70 })).toEqual(['r1', 'r2']);
    expect(planEviction(items, { maxEntries: 1, maxBytes: 1000 })).toEqual(['r1', 'r2', 'r3']);
  });

  it('keeps the newest run even when it alone is over the byte budget', () => {
    const items = [item('old', 1, 5), item('huge', 2, 500)];
    expect(planEviction(items, { maxEntries: 10, maxBytes: 100 })).toEqual(['old']);
  });

  it('treats a missing or corrupt size as zero rather than evicting everything', () => {
    const items = [item('a', 1, Number.NaN), item('b', 2, -4), item('c', 3, 10)];
    expect(planEviction(items, { maxEntries: 10, maxBytes: 10 })).toEqual([]);
  });
});
