import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameBatcher } from './frameBatcher';

// Under node there is no document: the batcher falls back to a 16 ms timer per "frame".
describe('the frame batcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands over everything pushed within a frame at once', () => {
    const flushed: number[][] = [];
    const batcher = createFrameBatcher<number>((items) => flushed.push(items));
    batcher.push([1]);
    batcher.push([2]);
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(16);
    expect(flushed).toEqual([[1, 2]]);
    batcher.push([3]);
    vi.advanceTimersByTime(16);
    expect(flushed).toEqual([[1, 2], [3]]);
  });

  it('takes a stream’s batches whole and schedules no frame for an empty one', () => {
    const flushed: number[][] = [];
    const batcher = createFrameBatcher<number>((items) => flushed.push(items));
    batcher.push([]);
    expect(vi.getTimerCount()).toBe(0);
    batcher.push([1, 2]);
    batcher.push([3]);
    vi.advanceTimersByTime(16);
    expect(flushed).toEqual([[1, 2, 3]]);
  });

  it('with a minimum interval, shows the first items at the next frame and then batches', () => {
    const flushed: number[][] = [];
    const batcher = createFrameBatcher<number>((items) => flushed.push(items), {
      minIntervalMs: 100,
    });
    batcher.push([1]);
    vi.advanceTimersByTime(16);
    expect(flushed).toEqual([[1]]);
    batcher.push([2]);
    vi.advanceTimersByTime(50);
    batcher.push([3]);
    vi.advanceTimersByTime(40);
    expect(flushed).toEqual([[1]]);
    vi.advanceTimersByTime(30);
    expect(flushed).toEqual([[1], [2, 3]]);
  });

  it('flushNow hands over what is pending without waiting', () => {
    const flushed: number[][] = [];
    const batcher = createFrameBatcher<number>((items) => flushed.push(items), {
      minIntervalMs: 100,
    });
    batcher.push([1]);
    batcher.flushNow();
    expect(flushed).toEqual([[1]]);
    batcher.flushNow();
    expect(flushed).toEqual([[1]]);
  });
});
