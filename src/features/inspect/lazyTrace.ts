import type { RunSummary } from '../../core/conversation/types';
import type { RunTrace } from '../../core/inspect/trace';
import type { PreparedRequest } from '../../core/types';
import type { TransportObserver } from '../../lib/transport';
import type { TraceSession } from './recordRun';

export interface LazyTrace {
  /** Loads the recorder (its own chunk) and starts the trace; undefined if it cannot load. */
  start(): Promise<TransportObserver | undefined>;
  finish(summary: RunSummary): RunTrace | undefined;
}

/**
 * Inspect's recorder, loaded on the first run rather than with the first
 * screen. A recorder that fails to load costs the run its trace, never the run.
 */
export function lazyTrace(request: PreparedRequest, runId: string, keySent: boolean): LazyTrace {
  let session: TraceSession | undefined;
  return {
    async start() {
      try {
        const { traceRun } = await import('./recordRun');
        session = traceRun(request, runId, keySent);
        return session.observer;
      } catch {
        return undefined;
      }
    },
    finish: (summary) => session?.finish(summary),
  };
}
