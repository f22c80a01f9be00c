import { describe, expect, it } from 'vitest';
import { createSlicer, SLICE_MS, yieldToEventLoop } from './yieldToEventLoop';

describe('createSlicer', () => {
  it('asks for no pause until a slice has run for SLICE_MS, then one pause that starts a new slice', async () => {
    let now = 0;
    const slice = createSlicer(() => now);
    now = SLICE_MS - 1;
    expect(slice()).toBeNull();
    now = SLICE_MS;
    const pause = slice();
    expect(pause).not.toBeNull();
    await pause;
    now = SLICE_MS + 1;
    expect(slice()).toBeNull();
  });
});

describe('yieldToEventLoop', () => {
  it('resumes on a later task, after the microtasks already queued', async () => {
    const order: string[] = [];
    void Promise.resolve().then(() => order.push('microtask'));
    await yieldToEventLoop();
    order.push('after yield');
    expect(order).toEqual(['microtask', 'after yield']);
  });
});
