// The layout a visitor left: which side zones are open on a wide screen, and
// whether the first-run welcome was dismissed. As localStorage holds it.

import { isRecord } from '../dialects/wire';

export interface LayoutPrefs {
  /** The model and parameters zone (left). */
  startOpen: boolean;
  /** The run details zone (right). */
  endOpen: boolean;
  welcomeDismissed: boolean;
}

export const LAYOUT_PREFS_VERSION = 1;

export const DEFAULT_LAYOUT_PREFS: LayoutPrefs = {
  startOpen: true,
  endOpen: true,
  welcomeDismissed: false,
};

const flag = (value: unknown, fallback: boolean): boolean =>
  typeof value === 'boolean' ? value : fallback;

/** Anything storage holds, as prefs: each field not a boolean falls back to its default. */
export function sanitiseLayoutPrefs(raw: unknown): LayoutPrefs {
  if (!isRecord(raw)) return { ...DEFAULT_LAYOUT_PREFS };
  return {
    startOpen: flag(raw.startOpen, DEFAULT_LAYOUT_PREFS.startOpen),
    endOpen: flag(raw.endOpen, DEFAULT_LAYOUT_PREFS.endOpen),
    welcomeDismissed: flag(raw.welcomeDismissed, DEFAULT_LAYOUT_PREFS.welcomeDismissed),
  };
}
