import { describe, expect, it } from 'vitest';
import { INTERRUPTED, sanitiseRunSummary, settleOnLeave } from './runSummary';

const full = {
  status: 'error',
  model: 'gpt-4o',
  finishReason: 'length',
  usage: { inputTokens: 12, outputTokens: 30, totalTokens: 42, reasoningTokens: 5 },
  performance: { delay: 3, executionTime: 900, relativeExecutionTime: 0.5 },
  ttftMs: 120,
  durationMs: 900,
  tokensPerSecond: 33.3,
  estimated: true,
  error: {
    title: 'Rate limited',
    detail: 'Too many requests.',
    action: 'Wait and retry.',
    fixInConnection: true,
    retryAfterMs: 2000,
  },
};

describe('sanitiseRunSummary', () => {
  it('keeps every well-formed field of a stored summary', () => {
    expect(sanitiseRunSummary(full)).toEqual(full);
  });

  it('rejects what is not a summary: no model, unknown status, not an object', () => {
    expect(sanitiseRunSummary({ status: 'done' })).toBeUndefined();
    expect(sanitiseRunSummary({ status: 'exploded', model: 'm' })).toBeUndefined();
    expect(sanitiseRunSummary({ status: 1, model: 'm' })).toBeUndefined();
    expect(sanitiseRunSummary('done')).toBeUndefined();
    expect(sanitiseRunSummary(null)).toBeUndefined();
  });

  it('drops fields of the wrong type instead of passing them to the footer', () => {
    const run = sanitiseRunSummary({
      status: 'done',
      model: 'm',
      finishReason: 7,
      usage: { inputTokens: '12', outputTokens: -1, totalTokens: Number.NaN },
      performance: 'fast',
      ttftMs: '120',
      durationMs: Infinity,
      tokensPerSecond: null,
      estimated: 'yes',
      error: { detail: 'no title' },
      extra: { injected: true },
    });
    expect(run).toEqual({ status: 'done', model: 'm' });
  });

  it('fills an error card with missing text rather than dropping the error', () => {
    expect(sanitiseRunSummary({ status: 'error', model: 'm', error: { title: 'Failed' } })).toEqual(
      { status: 'error', model: 'm', error: { title: 'Failed', detail: '', action: '' } },
    );
  });

  it('a run stored while streaming comes back interrupted, with the notice and its numbers', () => {
    expect(sanitiseRunSummary({ status: 'streaming', model: 'm', ttftMs: 50 })).toEqual({
      status: 'interrupted',
      model: 'm',
      ttftMs: 50,
      error: INTERRUPTED,
    });
    expect(INTERRUPTED.title).toBe('Interrupted by a page reload');
  });

  it('an interrupted run stays interrupted', () => {
    const run = { status: 'interrupted', model: 'm', error: INTERRUPTED };
    expect(sanitiseRunSummary(run)).toEqual(run);
  });
});

describe('settleOnLeave', () => {
  const failed = {
    status: 'error' as const,
    model: 'm',
    ttftMs: 10,
    error: { title: 'The connection dropped', detail: '', action: '' },
  };

  it('a stream the browser cut because the page was being left is interrupted, not a dropped connection', () => {
    expect(settleOnLeave(failed, true)).toEqual({
      ...failed,
      status: 'interrupted',
      error: INTERRUPTED,
    });
    expect(settleOnLeave({ status: 'incomplete', model: 'm' }, true).status).toBe('interrupted');
  });

  it('keeps real failures, and runs that ended on their own, as they are', () => {
    expect(settleOnLeave(failed, false)).toBe(failed);
    const done = { status: 'done' as const, model: 'm' };
    expect(settleOnLeave(done, true)).toBe(done);
    const stopped = { status: 'stopped' as const, model: 'm' };
    expect(settleOnLeave(stopped, true)).toBe(stopped);
  });
});
