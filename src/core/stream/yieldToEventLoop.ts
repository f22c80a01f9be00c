// A stream that arrives faster than it is decoded (a backlog of thousands of
// tiny chunks in one network read) is worked through in microtasks, which
// never let the browser paint or handle input. Decoding yields a macrotask
// every few milliseconds so no task grows past the long-task threshold.

/** Work this long, then let the event loop run (well under the 50 ms long-task mark). */
export const SLICE_MS = 8;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Resolves on a fresh task: `scheduler.yield()` where the browser has it, else a message hop. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A MessageChannel hop is a task without setTimeout's 4 ms clamp.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Calls `yieldToEventLoop` once a slice of work has run for SLICE_MS. */
export function createSlicer(
  now: () => number = () => performance.now(),
): () => Promise<void> | null {
  let sliceStart = now();
  return () => {
    if (now() - sliceStart < SLICE_MS) return null;
    return yieldToEventLoop().then(() => {
      sliceStart = now();
    });
  };
}
