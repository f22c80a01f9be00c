import type { RunSummary } from '../../core/conversation/types';
import type { RunTrace } from '../../core/inspect/trace';
import type { PreparedRequest } from '../../core/types';
import type { TransportObserver } from '../../lib/transport';
import type { TraceSession } from './recordRun';

export interface LazyTrace {
  /** Watches the run from its first byte, whether or not the recorder has loaded yet. */
  observer: TransportObserver;
  /** Settles once the recorder has loaded (or failed to): await it before `finish`. */
  ready: Promise<void>;
  finish(summary: RunSummary): RunTrace | undefined;
}

/**
 * Inspect's recorder, loaded on the first run rather than with the first
 * screen. The request goes out without waiting for it: even loaded, an
 * `import()` resolves a task later, after React has rendered the new
 * messages, and the request waited for that render (5-15 ms between Send and
 * the request). What the exchange shows before the recorder is there is
 * replayed to it, stamped with the time of the replay. A recorder that fails
 * to load costs the run its trace, never the run.
 */
export function lazyTrace(request: PreparedRequest, runId: string, keySent: boolean): LazyTrace {
  const startedAt = performance.now();
  let session: TraceSession | undefined;
  let waiting: ((observer: TransportObserver) => void)[] | undefined = [];
  const ready = import('./recordRun').then(
    ({ traceRun }) => {
      session = traceRun(request, runId, keySent, startedAt);
      for (const call of waiting ?? []) call(session.observer);
      waiting = undefined;
    },
    () => {
      waiting = undefined;
    },
  );
  const forward = (call: (observer: TransportObserver) => void) => {
    if (session) call(session.observer);
    else waiting?.push(call);
  };
  return {
    observer: {
      onResponse: (status, headers) => forward((o) => o.onResponse?.(status, headers)),
      onSseMessages: (messages) => forward((o) => o.onSseMessages?.(messages)),
      onJsonBody: (json) => forward((o) => o.onJsonBody?.(json)),
      onErrorBody: (text) => forward((o) => o.onErrorBody?.(text)),
      onEngineEvent: (event) => forward((o) => o.onEngineEvent?.(event)),
    },
    ready,
    finish: (summary) => session?.finish(summary),
  };
}
