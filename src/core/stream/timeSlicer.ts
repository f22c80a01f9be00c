// A stream that arrives faster than it is decoded (a backlog of thousands of
// tiny chunks in one network read) is worked through in microtasks, which
// never let the browser paint or handle input. Decoding yields a macrotask
// once it has worked SLICE_MS without the event loop turning, so no task
// grows past the long-task threshold.

/** Work this long, then let the event loop run (well under the 50 ms long-task mark). */
export const SLICE_MS = 8;
/** A slice this old asks whether the event loop has turned; younger ones do not ask. */
export const PROBE_MS = SLICE_MS / 2;

export interface Slicer {
  /** Null while the current slice has time left; else a pause to await, after which a new slice begins. */
  check(): Promise<void> | null;
  /** Frees the slicer's message channel. */
  close(): void;
}

/**
 * Time slices that know when the event loop has turned by itself. Once a
 * slice is PROBE_MS old, a check posts a marker message; when the marker
 * runs, other tasks had their turn too, and the next check begins a new
 * slice. If the marker has not run SLICE_MS - PROBE_MS after it was posted,
 * the work has held the thread that long, and the check pauses by awaiting
 * it. So work that waits for the network between reads never pauses, and
 * work that runs on (one huge read, in microtasks) pauses after about
 * SLICE_MS.
 *
 * The marker waits for PROBE_MS because a stream's reads come every
 * millisecond or two: a marker for each cost a message and a task per read
 * (247 of them in one 20,000-chunk stream).
 *
 * A message, not `scheduler.yield()`: its continuation runs ahead of other
 * tasks, so a decoder that yields with it keeps the browser from rendering
 * until the whole backlog is decoded (two paints in a 5,000-chunk stream).
 * Nor setTimeout, whose 4 ms clamp would idle the decoder.
 */
export function createSlicer(now: () => number = () => performance.now()): Slicer {
  const { port1, port2 } = new MessageChannel();
  let sliceStart: number | undefined;
  let markerPostedAt: number | undefined;
  let resume: (() => void) | undefined;
  port1.onmessage = () => {
    sliceStart = undefined;
    markerPostedAt = undefined;
    const wake = resume;
    resume = undefined;
    wake?.();
  };
  return {
    check() {
      const t = now();
      if (sliceStart === undefined) {
        sliceStart = t;
        return null;
      }
      if (markerPostedAt === undefined) {
        if (t - sliceStart >= PROBE_MS) {
          markerPostedAt = t;
          port2.postMessage(null);
        }
        return null;
      }
      if (t - markerPostedAt < SLICE_MS - PROBE_MS) return null;
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
