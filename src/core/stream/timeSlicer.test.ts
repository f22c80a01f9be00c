import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSlicer, PROBE_MS, SLICE_MS } from './timeSlicer';

const aTaskLater = () => new Promise((resolve) => setTimeout(resolve, 5));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createSlicer', () => {
  it('asks for no pause until a slice has run for SLICE_MS, then one pause that starts a new slice', async () => {
    let now = 0;
    const slicer = createSlicer(() => now);
    for (const t of [0, PROBE_MS - 1, PROBE_MS, SLICE_MS - 1]) {
      now = t;
      expect(slicer.check()).toBeNull();
    }
    now = SLICE_MS;
    const pause = slicer.check();
    expect(pause).not.toBeNull();
    const order: string[] = [];
    void Promise.resolve().then(() => order.push('microtask'));
    await pause;
    order.push('after the pause');
    // The pause is a task of its own: work already queued ran first.
    expect(order).toEqual(['microtask', 'after the pause']);
    for (const t of [SLICE_MS + 1, SLICE_MS + 1 + PROBE_MS, 2 * SLICE_MS]) {
      now = t;
      expect(slicer.check()).toBeNull();
    }
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
    // The slice looks 100 ms old, so this check asks whether the loop turned…
    expect(slicer.check()).toBeNull();
    await aTaskLater();
    // …it did: a new slice, with its whole budget.
    now = 101;
    expect(slicer.check()).toBeNull();
    for (const t of [101 + PROBE_MS, 101 + SLICE_MS - 1]) {
      now = t;
      expect(slicer.check()).toBeNull();
    }
    now = 101 + SLICE_MS;
    expect(slicer.check()).not.toBeNull();
    slicer.close();
  });

  it('after waiting unasked, pauses only once its question has gone unanswered for SLICE_MS - PROBE_MS', async () => {
    let now = 0;
    const slicer = createSlicer(() => now);
    slicer.check();
    now = 100;
    await aTaskLater();
    expect(slicer.check()).toBeNull();
    now = 100 + SLICE_MS - PROBE_MS - 1;
    expect(slicer.check()).toBeNull();
    now = 100 + SLICE_MS - PROBE_MS;
    expect(slicer.check()).not.toBeNull();
    slicer.close();
  });

  it('posts one marker per PROBE_MS of reads, not one per read', async () => {
    const posted = vi.spyOn(MessagePort.prototype, 'postMessage');
    let now = 0;
    const slicer = createSlicer(() => now);
    // Forty reads a millisecond apart, each in a task of its own.
    for (let read = 0; read < 40; read++) {
      now = read;
      expect(slicer.check()).toBeNull();
      await aTaskLater();
    }
    expect(posted.mock.calls.length).toBeGreaterThan(0);
    expect(posted.mock.calls.length).toBeLessThanOrEqual(40 / PROBE_MS);
    slicer.close();
  });

  it('close ends a pause that is waiting', async () => {
    let now = 0;
    const slicer = createSlicer(() => now);
    slicer.check();
    now = PROBE_MS;
    slicer.check();
    now = SLICE_MS;
    const pause = slicer.check();
    expect(pause).not.toBeNull();
    slicer.close();
    await expect(pause).resolves.toBeUndefined();
  });
});
