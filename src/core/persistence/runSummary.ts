// A run summary read back from storage, rebuilt field by field: the footer
// formats these numbers and the error card shows these strings, so a
// hand-edited or corrupt value must not reach them as something else.

import type { RunSummary, RunSummaryStatus } from '../conversation/types';
import { isRecord } from '../dialects/wire';
import type { ErrorDescription } from '../errors/describeError';
import type { Performance, Usage } from '../types';

const STATUSES: readonly RunSummaryStatus[] = [
  'streaming',
  'done',
  'stopped',
  'incomplete',
  'error',
  'interrupted',
];

/** What an answer that was streaming when the page went away says about itself. */
export const INTERRUPTED: ErrorDescription = {
  title: 'Interrupted by a page reload',
  detail:
    'The page was reloaded or closed while this answer was streaming. The part received until then is kept.',
  action: 'Retry to get the full answer.',
};

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

function pickCounts<K extends string>(
  raw: unknown,
  keys: readonly K[],
): Partial<Record<K, number>> | undefined {
  if (!isRecord(raw)) return undefined;
  const out: Partial<Record<K, number>> = {};
  for (const key of keys) {
    const value = count(raw[key]);
    if (value !== undefined) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function sanitiseError(raw: unknown): ErrorDescription | undefined {
  if (!isRecord(raw) || typeof raw.title !== 'string') return undefined;
  const error: ErrorDescription = {
    title: raw.title,
    detail: typeof raw.detail === 'string' ? raw.detail : '',
    action: typeof raw.action === 'string' ? raw.action : '',
  };
  if (raw.fixInConnection === true) error.fixInConnection = true;
  const retryAfterMs = count(raw.retryAfterMs);
  if (retryAfterMs !== undefined) error.retryAfterMs = retryAfterMs;
  return error;
}

/**
 * A stored run summary, or undefined when it is not one. A run still marked
 * `streaming` cannot be streaming any more (nothing runs before the app has
 * started): it becomes `interrupted`, so it gets its notice and a Retry.
 */
export function sanitiseRunSummary(raw: unknown): RunSummary | undefined {
  if (!isRecord(raw) || typeof raw.model !== 'string') return undefined;
  const status = STATUSES.find((s) => s === raw.status);
  if (!status) return undefined;
  const run: RunSummary = { status, model: raw.model };
  if (typeof raw.finishReason === 'string') run.finishReason = raw.finishReason;
  const usage: Usage | undefined = pickCounts(raw.usage, [
    'inputTokens',
    'outputTokens',
    'totalTokens',
    'reasoningTokens',
  ]);
  if (usage) run.usage = usage;
  const performance: Performance | undefined = pickCounts(raw.performance, [
    'delay',
    'executionTime',
    'relativeExecutionTime',
  ]);
  if (performance) run.performance = performance;
  for (const key of ['ttftMs', 'durationMs', 'tokensPerSecond', 'costUsd'] as const) {
    const value = count(raw[key]);
    if (value !== undefined) run[key] = value;
  }
  if (raw.estimated === true) run.estimated = true;
  const error = sanitiseError(raw.error);
  if (error) run.error = error;
  return status === 'streaming' ? interrupted(run) : run;
}

/** The summary of a run the page left mid-stream. */
export function interrupted(run: RunSummary): RunSummary {
  return { ...run, status: 'interrupted', error: INTERRUPTED };
}

/**
 * A run that failed or broke off while the page was being left (reload, tab
 * closed) did so because of that: the browser cuts the stream. It is
 * interrupted, not a connection problem to diagnose.
 */
export function settleOnLeave(run: RunSummary, leaving: boolean): RunSummary {
  return leaving && (run.status === 'error' || run.status === 'incomplete')
    ? interrupted(run)
    : run;
}
