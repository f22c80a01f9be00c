import type { RunSummary } from '../../core/conversation/types';
import { describeError } from '../../core/errors/describeError';
import { maskDeep } from '../../core/security/secrets';
import { maskObserver } from './maskObserver';
import {
  applyEvents,
  endRun,
  failRun,
  startRun,
  type RunState,
} from '../../core/stream/runReducer';
import type { PreparedRequest, StreamEvent } from '../../core/types';
import { isAbort } from '../../lib/http';
import { RequestFailure } from '../../lib/requestFailure';
import { sendRequest, type TransportObserver } from '../../lib/transport';
import { createFrameBatcher } from './frameBatcher';

export interface RunOutcome {
  state: RunState;
  /** What went wrong, described for the user (the partial answer is in `state`). */
  extra: Partial<RunSummary>;
}

export interface ExecuteOptions {
  request: PreparedRequest;
  apiKey: string;
  signal: AbortSignal;
  /** A preset-specific hint for when the browser cannot reach the server at all. */
  networkHint?: string;
  /** The run so far, at most once per animation frame. */
  onState(state: RunState): void;
  observer?: TransportObserver;
}

/**
 * The in-browser engine's worker waits for the main thread between tokens:
 * rendering its answer every 100 ms instead of every frame keeps it within
 * 10% of a bare wllama page (bench/inbrowser.mjs); 10 updates a second still
 * read as streaming.
 */
const IN_BROWSER_RENDER_MS = 100;

const INCOMPLETE = {
  title: 'The answer is incomplete',
  detail: 'The stream ended before the server said it was finished. The partial answer is kept.',
  action: 'Retry to get the full answer.',
};

/**
 * Posts a request and reduces its events, frame by frame. Resolves with the
 * final state and what went wrong, if anything; events already received
 * always count, so partial output is kept. Owns no global state, so several
 * runs (compare columns, repeats) can stream at once.
 */
export async function executeRun(options: ExecuteOptions): Promise<RunOutcome> {
  const { request, signal, onState } = options;
  let state = startRun(performance.now());
  onState(state);
  const batcher = createFrameBatcher<StreamEvent>(
    (events) => {
      if (signal.aborted) return;
      state = applyEvents(state, events, performance.now());
      onState(state);
    },
    { minIntervalMs: request.provider === 'inbrowser' ? IN_BROWSER_RENDER_MS : 0 },
  );

  let extra: Partial<RunSummary> = {};
  try {
    for await (const events of sendRequest(
      request,
      options.apiKey,
      signal,
      maskObserver(options.observer, [options.apiKey]),
    )) {
      batcher.push(events);
    }
    batcher.flushNow();
    state = endRun(state, signal.aborted ? 'aborted' : 'eof', performance.now());
  } catch (error) {
    const aborted = isAbort(error, signal);
    if (!aborted) batcher.flushNow();
    if (aborted) {
      state = endRun(state, 'aborted', performance.now());
    } else {
      const hadOutput = state.firstTokenAt !== undefined;
      const failure =
        error instanceof RequestFailure
          ? error
          : new RequestFailure(
              { message: error instanceof Error ? error.message : String(error) },
              { network: error instanceof TypeError },
            );
      state = failRun(state, failure.wire, performance.now());
      extra = {
        error: describeError({
          error: failure.wire,
          network: failure.network,
          retryAfterMs: failure.retryAfterMs,
          baseUrl: request.url,
          midStream: hadOutput,
          networkHint: options.networkHint,
        }),
      };
    }
  }
  if (state.status === 'error' && !extra.error && state.error) {
    extra = {
      error: describeError({ error: state.error, midStream: state.firstTokenAt !== undefined }),
    };
  }
  if (state.status === 'incomplete') extra = { ...extra, error: extra.error ?? INCOMPLETE };
  // Some servers quote the rejected key in their error message; it is shown, stored and exported.
  return { state, extra: maskDeep(extra, [options.apiKey]) };
}
