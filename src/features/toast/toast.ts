// A small notification API any feature can call: `toast('Copied')`. The
// store is a few lines of the first screen; the Radix UI that shows the
// toasts (ToastViewport.tsx) loads with the first toast.

import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastItem {
  id: number;
  message: string;
  tone: ToastTone;
}

interface ToastState {
  toasts: ToastItem[];
  remove(id: number): void;
}

/** More than this many at once is noise: the oldest make room. */
const MAX_TOASTS = 3;

let nextId = 1;

export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  remove: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

/**
 * Shows a short, polite notification (announced to screen readers once) and
 * returns its id. For results of the user's own actions: copied, saved,
 * exported. Errors that need action belong next to what failed, not here.
 */
export function toast(message: string, { tone = 'success' }: { tone?: ToastTone } = {}): number {
  const id = nextId++;
  useToasts.setState((s) => ({ toasts: [...s.toasts, { id, message, tone }].slice(-MAX_TOASTS) }));
  return id;
}
