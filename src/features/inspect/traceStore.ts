import { create } from 'zustand';
import type { RunTrace } from '../../core/inspect/trace';

/**
 * Traces kept in memory; older ones go first. Never persisted. Each can hold
 * 2,000 stream events, so only the last few runs stay inspectable here; the
 * run history keeps the rest.
 */
export const MAX_TRACES = 5;

interface TraceState {
  /** Oldest first; the last one is the latest run. */
  traces: RunTrace[];
  /** The run Inspect shows; null for the latest. */
  selected: string | null;
  put(trace: RunTrace): void;
  select(runId: string | null): void;
}

export const useTraces = create<TraceState>()((set) => ({
  traces: [],
  selected: null,
  put: (trace) =>
    set((s) => {
      const others = s.traces.filter((t) => t.runId !== trace.runId);
      return { traces: [...others, trace].slice(-MAX_TRACES) };
    }),
  select: (selected) => set({ selected }),
}));

/** The trace Inspect shows: the selected run's, else the latest. */
export function shownTrace(s: Pick<TraceState, 'traces' | 'selected'>): RunTrace | undefined {
  const selected = s.selected === null ? undefined : s.traces.find((t) => t.runId === s.selected);
  return selected ?? s.traces[s.traces.length - 1];
}
