import { onNextFrame } from '../../lib/nextFrame';

/**
 * Collects items and hands them over once per animation frame, so a stream
 * of thousands of tiny chunks costs one render per frame. Hidden tabs get no
 * animation frames, hence the timer fallback.
 *
 * `minIntervalMs` spaces flushes further apart (the first still goes at the
 * next frame): the in-browser engine's worker waits for the main thread
 * between tokens, so rendering less often lets it generate faster.
 */
export function createFrameBatcher<T>(
  flush: (items: T[]) => void,
  { minIntervalMs = 0 }: { minIntervalMs?: number } = {},
): {
  /** Queues items (one batch of a stream) for the next flush. */
  push(items: readonly T[]): void;
  flushNow(): void;
} {
  let pending: T[] = [];
  let scheduled = false;
  let lastFlush = -Infinity;
  const run = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    lastFlush = Date.now();
    flush(items);
  };
  const nextFrame = () => onNextFrame(run);
  return {
    push(items) {
      for (const item of items) pending.push(item);
      if (scheduled || pending.length === 0) return;
      scheduled = true;
      const wait = lastFlush + minIntervalMs - Date.now();
      if (wait > 0) setTimeout(nextFrame, wait);
      else nextFrame();
    },
    flushNow: run,
  };
}
