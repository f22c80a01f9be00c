import { describe, expect, it } from 'vitest';
import { runPool } from './pool';

describe('runPool', () => {
  it('never runs more than the limit at once, and keeps results in order', async () => {
    let running = 0;
    let peak = 0;
    const results = await runPool(7, 3, async (i) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, (7 - i) * 2));
      running--;
      return i * 10;
    });
    expect(peak).toBe(3);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : null))).toEqual([
      0, 10, 20, 30, 40, 50, 60,
    ]);
  });

  it('runs one at a time with a limit of 1, and a failure does not stop the rest', async () => {
    const order: string[] = [];
    const results = await runPool(3, 1, async (i) => {
      order.push(`start ${i}`);
      await Promise.resolve();
      order.push(`end ${i}`);
      if (i === 1) throw new Error('boom');
      return i;
    });
    expect(order).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
