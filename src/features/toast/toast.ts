// A small notification API any feature can call: `toast('Copied')`. The
// store and the empty live region are first-screen code; the list that shows
// the toasts (ToastList.tsx) loads with the first toast.

import { create } from 'zustand';
import { pushToast, removeToast, type ToastItem, type ToastTone } from '../../core/toast/queue';

export type { ToastItem, ToastTone };

interface ToastState {
  toasts: ToastItem[];
  remove(id: number): void;
}

let nextId = 1;

export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  remove: (id) => set((s) => ({ toasts: removeToast(s.toasts, id) })),
}));

/**
 * Shows a short, polite notification (announced to screen readers once) and
 * returns its id. For results of the user's own actions: copied, saved,
 * exported. Errors that need action belong next to what failed, not here.
 */
export function toast(message: string, { tone = 'success' }: { tone?: ToastTone } = {}): number {
  const id = nextId++;
  useToasts.setState((s) => ({ toasts: pushToast(s.toasts, { id, message, tone }) }));
  return id;
}
