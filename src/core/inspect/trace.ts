// A run's exchange as it happened: the exact request (key masked), the
// response status and headers, the body (JSON, error text) or the SSE events
// with their arrival times, and the timing. Memory only: traces are never
// written to localStorage. Times are milliseconds since the request started.

import type { RunSummaryStatus } from '../conversation/types';
import type { PreparedRequest } from '../types';

/** What replaces the key in the shown headers: no character of it, ever. */
export const MASK = '••••••••';

/** Events kept per run; a 20,000-chunk stream keeps the first ones and counts the rest. */
export const MAX_TRACE_EVENTS = 2000;

export interface TraceEvent {
  /** Milliseconds after the request started. */
  atMs: number;
  /** The SSE `event:` field, or the engine event's type for in-browser runs. */
  event?: string;
  data: string;
  id?: string;
}

export interface TraceTiming {
  ttftMs?: number;
  totalMs?: number;
  tokensPerSecond?: number;
  /** Tokens per second counted on the client (the server sent no usage). */
  estimated?: boolean;
}

export interface RunTrace {
  runId: string;
  /** Wall-clock start, for showing when it ran. */
  startedAt: number;
  /** No HTTP: the in-browser engine ran it; the events are its decoded ones. */
  inBrowser: boolean;
  request: {
    method: string;
    url: string;
    /** The sent headers, the key's one masked. Empty for in-browser runs. */
    headers: Record<string, string>;
    body: Record<string, unknown>;
  };
  response?: {
    status: number;
    headers: Record<string, string>;
    /** When the status and headers arrived, after the request started. */
    atMs: number;
    /** A non-streamed body, parsed. */
    json?: unknown;
    /** The body of a failed response, as text. */
    errorText?: string;
  };
  events: TraceEvent[];
  /** Events that arrived after the cap and were only counted. */
  droppedEvents: number;
  /** 'running' until the run ends, then the run's own status. */
  status: 'running' | RunSummaryStatus;
  /** What went wrong, in the words the run footer used. */
  error?: string;
  timing?: TraceTiming;
}

/** The headers as sent, with the key's header masked (only when a key was sent). */
export function maskedHeaders(req: PreparedRequest, keySent: boolean): Record<string, string> {
  const headers: Record<string, string> = { ...req.headers };
  if (keySent) headers[req.auth.header] = req.auth.prefix + MASK;
  return headers;
}

export interface TraceRecorder {
  response(status: number, headers: Record<string, string>, atMs: number): void;
  event(event: TraceEvent): void;
  json(body: unknown): void;
  errorText(text: string): void;
  finish(outcome: { status: RunTrace['status']; error?: string; timing?: TraceTiming }): RunTrace;
  /** The trace so far (a new object each call, safe to put in a store). */
  snapshot(): RunTrace;
}

/**
 * Records one run. The recorder mutates its own arrays while the run goes
 * (an SSE message must cost almost nothing); snapshots copy them.
 */
export function createTraceRecorder(options: {
  runId: string;
  request: PreparedRequest;
  keySent: boolean;
  startedAt: number;
  maxEvents?: number;
}): TraceRecorder {
  const { request } = options;
  const max = options.maxEvents ?? MAX_TRACE_EVENTS;
  const inBrowser = request.provider === 'inbrowser';
  const trace: RunTrace = {
    runId: options.runId,
    startedAt: options.startedAt,
    inBrowser,
    request: {
      method: request.method,
      url: inBrowser ? '' : request.url,
      headers: inBrowser ? {} : maskedHeaders(request, options.keySent),
      body: request.body,
    },
    events: [],
    droppedEvents: 0,
    status: 'running',
  };
  const snapshot = (): RunTrace => ({ ...trace, events: trace.events.slice() });
  return {
    response(status, headers, atMs) {
      trace.response = { status, headers, atMs };
    },
    event(event) {
      if (trace.events.length < max) trace.events.push(event);
      else trace.droppedEvents += 1;
    },
    json(body) {
      if (trace.response) trace.response.json = body;
    },
    errorText(text) {
      if (trace.response) trace.response.errorText = text;
    },
    finish(outcome) {
      trace.status = outcome.status;
      if (outcome.error !== undefined) trace.error = outcome.error;
      if (outcome.timing) trace.timing = outcome.timing;
      return snapshot();
    },
    snapshot,
  };
}
