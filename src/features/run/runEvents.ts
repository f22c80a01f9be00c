import type { RunSummary } from '../../core/conversation/types';
import type { RunTrace } from '../../core/inspect/trace';
import type { RunSnapshot } from '../../core/history/snapshot';
import type { PreparedRequest } from '../../core/types';

/** A finished run of the main playground (chat turn or completion). */
export interface FinishedRun {
  /** The conversation message the answer became, or the completion run id. */
  runId: string;
  request: PreparedRequest;
  connectionId: string;
  model: string;
  /** The answer text of the first choice (partial if the run failed). */
  text: string;
  summary: RunSummary;
  /** Wall-clock start, for listing runs by time. */
  startedAt: number;
  /** The editor when the run ended, so history can restore it. */
  snapshot?: RunSnapshot;
  /** The exchange as Inspect shows it (key masked; events capped). Memory only. */
  trace?: RunTrace;
}

type Listener = (run: FinishedRun) => void;
const listeners = new Set<Listener>();

/**
 * Features that keep or show runs (history, inspect) subscribe here, so the
 * run controller does not have to know about any of them.
 */
export function onRunFinished(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitRunFinished(run: FinishedRun): void {
  for (const listener of listeners) {
    try {
      listener(run);
    } catch (error) {
      // A broken listener must not take the run (or the other listeners) down.
      console.error('A run listener failed', error);
    }
  }
}
