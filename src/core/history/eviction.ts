// The history's size cap: whichever of a run count or a byte budget is hit
// first, the oldest runs go first.

export interface HistoryCap {
  maxEntries: number;
  /** Approximate bytes (UTF-16 code units of the stored JSON). */
  maxBytes: number;
}

/** Enough for weeks of trying models, small enough that listing and searching stay instant. */
export const HISTORY_CAP: HistoryCap = { maxEntries: 200, maxBytes: 20 * 1024 * 1024 };

export interface SizedItem {
  id: string;
  startedAt: number;
  size: number;
}

/**
 * The ids to delete so that what is left fits the cap, oldest first. The
 * newest run is always kept, even alone over the byte budget: the run the
 * user just made must be in the list they open next.
 */
export function planEviction(items: readonly SizedItem[], cap: HistoryCap = HISTORY_CAP): string[] {
  const newestFirst = [...items].sort((a, b) => b.startedAt - a.startedAt);
  const evict: string[] = [];
  let bytes = 0;
  let kept = 0;
  for (const item of newestFirst) {
    const size = Number.isFinite(item.size) && item.size > 0 ? item.size : 0;
    const fits = kept < cap.maxEntries && bytes + size <= cap.maxBytes;
    if (kept === 0 || (fits && evict.length === 0)) {
      kept += 1;
      bytes += size;
    } else {
      evict.push(item.id);
    }
  }
  // Oldest first, the order a person reading the plan expects.
  return evict.reverse();
}
