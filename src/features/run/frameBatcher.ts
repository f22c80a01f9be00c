/**
 * Collects items and hands them over once per animation frame, so a stream
 * of thousands of tiny chunks costs one render per frame. Hidden tabs get no
 * animation frames, hence the timer fallback.
 */
export function createFrameBatcher<T>(flush: (items: T[]) => void): {
  push(item: T): void;
  flushNow(): void;
} {
  let pending: T[] = [];
  let scheduled = false;
  const run = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    flush(items);
  };
  return {
    push(item) {
      pending.push(item);
      if (scheduled) return;
      scheduled = true;
      if (
        typeof document !== 'undefined' &&
        !document.hidden &&
        typeof requestAnimationFrame === 'function'
      )
        requestAnimationFrame(run);
      else setTimeout(run, 16);
    },
    flushNow: run,
  };
}
