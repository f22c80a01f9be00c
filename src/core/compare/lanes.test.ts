import { describe, expect, it } from 'vitest';
import { runInLanes } from './lanes';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('runInLanes', () => {
  it('runs laneless tasks at once and same-lane tasks one after another', async () => {
    const started: string[] = [];
    const gates = { a: deferred(), b: deferred(), c: deferred() };
    const task = (name: keyof typeof gates, lane?: string) => ({
      lane,
      run: async () => {
        started.push(name);
        await gates[name].promise;
        return name;
      },
    });
    const all = runInLanes([task('a', 'engine'), task('b'), task('c', 'engine')]);
    await Promise.resolve();
    await Promise.resolve();
    expect([...started].sort()).toEqual(['a', 'b']);
    gates.b.resolve();
    gates.a.reject(new Error('a failed'));
    await new Promise((r) => setTimeout(r, 0));
    // c waited for a, and started although a failed.
    expect(started).toHaveLength(3);
    expect(started[2]).toBe('c');
    gates.c.resolve();
    const results = await all;
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  });
});
