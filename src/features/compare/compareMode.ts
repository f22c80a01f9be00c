import { create } from 'zustand';
import { useLayout } from '../layout/layoutStore';
import { COMPACT_QUERY } from '../layout/useCompactLayout';

// First-screen part of compare mode: whether it is on, and the Send the
// (lazily loaded) compare view registers while it is mounted.

interface CompareMode {
  on: boolean;
  setOn(on: boolean): void;
}

/** Whether turning compare on folded the Run details zone away (then leaving unfolds it). */
let foldedDetails = false;

export const useCompareMode = create<CompareMode>()((set, get) => ({
  on: false,
  setOn: (on) => {
    if (on === get().on) return;
    const layout = useLayout.getState();
    // Side by side columns need the width: on a laptop, fold the Run details zone away.
    if (on && layout.endOpen && !window.matchMedia(COMPACT_QUERY).matches) {
      layout.setEndOpen(false);
      foldedDetails = true;
    } else if (!on && foldedDetails) {
      layout.setEndOpen(true);
      foldedDetails = false;
    }
    set({ on });
  },
}));

let handler: (() => void) | null = null;

/** The compare view's Send, while it is shown; null otherwise. */
export function compareSendHandler(): (() => void) | null {
  // While the view is still loading, Send waits rather than running the main conversation.
  return useCompareMode.getState().on ? (handler ?? (() => undefined)) : null;
}

/** Registers the compare view's Send; returns the unregistration. */
export function registerCompareSend(send: () => void): () => void {
  handler = send;
  return () => {
    if (handler === send) handler = null;
  };
}
