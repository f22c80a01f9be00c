// A stream that arrives faster than it is decoded (a backlog of thousands of
// tiny chunks in one network read) is worked through in microtasks, which
// never let the browser paint or handle input. Decoding yields a macrotask
// once it has worked SLICE_MS without the event loop turning, so no task
// grows past the long-task threshold.

/** Work this long, then let the event loop run (well under the 50 ms long-task mark). */
export const SLICE_MS = 8;

export interface Slicer {
  /** Null while the current slice has time left; else a pause to await, after which a new slice begins. */
  check(): Promise<void> | null;
  /** Frees the slicer's message channel. */
  close(): void;
}

/**
 * Time slices that know when the event loop has turned by itself. A marker
 * message is posted when a slice begins; once it has run, other tasks had
 * their turn too, and the next check begins a new slice instead of pausing.
 * So work that waits for the network between reads never pauses, and work
 * that runs on (one huge read, in microtasks) pauses every SLICE_MS by
 * awaiting the marker. Pausing whenever a slice was SLICE_MS old, idle time
 * included, cost a message channel and a task per network read.
 *
 * A message, not `scheduler.yield()`: its continuation runs ahead of other
 * tasks, so a decoder that yields with it keeps the browser from rendering
 * until the whole backlog is decoded (two paints in a 5,000-chunk stream).
 * Nor setTimeout, whose 4 ms clamp would idle the decoder.
 */
export function createSlicer(now: () => number = () => performance.now()): Slicer {
  const { port1, port2 } = new MessageChannel();
  let sliceStart = 0;
  let markerQueued = false;
  let resume: (() => void) | undefined;
  port1.onmessage = () => {
    markerQueued = false;
    const wake = resume;
    resume = undefined;
    wake?.();
  };
  return {
    check() {
      if (!markerQueued) {
        markerQueued = true;
        port2.postMessage(null);
        sliceStart = now();
        return null;
      }
      if (now() - sliceStart < SLICE_MS) return null;
      return new Promise<void>((resolve) => {
        resume = resolve;
      });
    },
    close() {
      port1.close();
      resume?.();
    },
  };
}
