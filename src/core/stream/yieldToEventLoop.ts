// A stream that arrives faster than it is decoded (a backlog of thousands of
// tiny chunks in one network read) is worked through in microtasks, which
// never let the browser paint or handle input. Decoding yields a macrotask
// every few milliseconds so no task grows past the long-task threshold.

/** Work this long, then let the event loop run (well under the 50 ms long-task mark). */
export const SLICE_MS = 8;

/**
 * Resolves on a fresh task (a message hop: a task without setTimeout's 4 ms
 * clamp). Not `scheduler.yield()`: its continuation runs ahead of other
 * tasks, so a decoder that yields with it keeps the browser from rendering
 * until the whole backlog is decoded (two paints in a 5,000-chunk stream).
 */
export function yieldToEventLoop(): Promise<void> {
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
