// The toast queue as plain data: which notifications show, in what order,
// and for how long. The React region (src/features/toast/) only renders it
// and runs the clocks.

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastItem {
  id: number;
  message: string;
  tone: ToastTone;
}

/** More than this many at once is noise: the oldest make room. */
export const MAX_TOASTS = 3;

/**
 * Adds a toast at the end. The same message again (Copy pressed twice)
 * replaces the earlier one rather than stacking a duplicate: the new id
 * remounts it, so its clock restarts and it is announced again.
 */
export function pushToast(
  list: readonly ToastItem[],
  item: ToastItem,
  max = MAX_TOASTS,
): ToastItem[] {
  const others = list.filter((t) => !(t.message === item.message && t.tone === item.tone));
  return [...others, item].slice(-max);
}

export function removeToast(list: readonly ToastItem[], id: number): ToastItem[] {
  return list.some((t) => t.id === id) ? list.filter((t) => t.id !== id) : [...list];
}

const BASE_MS = 4000;
const ERROR_MS = 8000;
/** Time to read each character past the first few words (about 17 characters a second). */
const PER_CHAR_MS = 60;
const FREE_CHARS = 40;
const LONGEST_MS = 12000;

/**
 * How long a toast stays before it leaves by itself: longer messages get
 * reading time, and errors (which may ask for an action) twice the base.
 */
export function toastDuration(item: Pick<ToastItem, 'message' | 'tone'>): number {
  const base = item.tone === 'error' ? ERROR_MS : BASE_MS;
  const extra = Math.max(0, [...item.message].length - FREE_CHARS) * PER_CHAR_MS;
  return Math.min(LONGEST_MS, base + extra);
}

/** What is left of a toast's time after it ran from `startedAt` to `now` (hover and focus pause it). */
export function timeLeft(remaining: number, startedAt: number, now: number): number {
  return Math.max(0, remaining - Math.max(0, now - startedAt));
}
