import type { RunSummary } from '../../core/conversation/types';
import { createTraceRecorder, type RunTrace } from '../../core/inspect/trace';
import type { PreparedRequest } from '../../core/types';
import type { TransportObserver } from '../../lib/transport';
import { useTraces } from './traceStore';

export interface TraceSession {
  observer: TransportObserver;
  /** Completes the trace with the run's outcome and keeps it for Inspect. */
  finish(summary: RunSummary): RunTrace;
}

/**
 * Starts recording a main-playground run. The trace shows in Inspect at once
 * (request only), again when the response headers arrive, and in full when
 * the run ends; events are only collected in between, so a long stream
 * costs one array push per message.
 */
export function traceRun(
  request: PreparedRequest,
  runId: string,
  keySent: boolean,
  /** When the run began (performance.now()); event times count from it. */
  t0 = performance.now(),
): TraceSession {
  const since = () => performance.now() - t0;
  const recorder = createTraceRecorder({ runId, request, keySent, startedAt: Date.now() });
  const { put } = useTraces.getState();
  put(recorder.snapshot());
  return {
    observer: {
      onResponse(status, headers) {
        recorder.response(status, headers, since());
        put(recorder.snapshot());
      },
      onSseMessages(messages) {
        // A batch came in one network read: one time for all its messages.
        const atMs = since();
        for (const message of messages) recorder.event({ atMs, ...message });
      },
      onJsonBody(json) {
        recorder.json(json);
      },
      onErrorBody(text) {
        recorder.errorText(text);
      },
      onEngineEvent(event) {
        recorder.event({ atMs: since(), event: event.type, data: JSON.stringify(event) });
      },
    },
    finish(summary) {
      const trace = recorder.finish({
        status: summary.status,
        error: summary.error ? `${summary.error.title}. ${summary.error.detail}` : undefined,
        timing: {
          ttftMs: summary.ttftMs,
          totalMs: summary.durationMs,
          tokensPerSecond: summary.tokensPerSecond,
          estimated: summary.estimated,
        },
      });
      put(trace);
      return trace;
    },
  };
}
