import { describe, expect, it } from 'vitest';
import { createSlicer, SLICE_MS } from './timeSlicer';

const aTaskLater = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createSlicer', () => {
  it('asks for no pause until a slice has run for SLICE_MS, then one pause that starts a new slice', async () => {
    let now = 0;
    const slicer = createSlicer(() => now);
    expect(slicer.check()).toBeNull();
    now = SLICE_MS - 1;
    expect(slicer.check()).toBeNull();
    now = SLICE_MS;
    const pause = slicer.check();
    expect(pause).not.toBeNull();
    const order: string[] = [];
    void Promise.resolve().then(() => order.push('microtask'));
    await pause;
    order.push('after the pause');
    // The pause is a task of its own: work already queued ran first.
    expect(order).toEqual(['microtask', 'after the pause']);
    now = SLICE_MS + 1;
    expect(slicer.check()).toBeNull();
    now = 2 * SLICE_MS + 1;
    expect(slicer.check()).not.toBeNull();
    slicer.close();
  });

  it('begins a new slice, without a pause, when the event loop turned while it waited', async () => {
    let now = 0;
    const slicer = createSlicer(() => now);
    expect(slicer.check()).toBeNull();
    // Waiting for the network: other tasks run and the clock moves on.
    now = 100;
    await aTaskLater();
    expect(slicer.check()).toBeNull();
    now = 100 + SLICE_MS - 1;
    expect(slicer.check()).toBeNull();
    now = 100 + SLICE_MS;
    expect(slicer.check()).not.toBeNull();
    slicer.close();
  });

  it('close ends a pause that is waiting', async () => {
    let now = 0;
    const slicer = createSlicer(() => now);
    slicer.check();
    now = SLICE_MS;
    const pause = slicer.check();
    slicer.close();
    await expect(pause).resolves.toBeUndefined();
  });
});
