import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../conversation/types';
import { errorEvent, readyEvent, redactEvent, runFinishedEvent, runStartedEvent } from './events';
import { PROTOCOL_VERSION } from './protocol';

const done: RunSummary = {
  status: 'done',
  model: 'gpt-4o',
  finishReason: 'stop',
  usage: { inputTokens: 12, outputTokens: 7, totalTokens: 19 },
  performance: { delay: 1 },
  ttftMs: 120.5,
  durationMs: 900,
  tokensPerSecond: 8.4,
};

describe('runFinishedEvent', () => {
  it('reports the answer, usage, timing and why it ended', () => {
    expect(runFinishedEvent({ content: 'Hello there', run: done }, 'r1')).toEqual({
      type: 'runFinished',
      replyTo: 'r1',
      status: 'done',
      model: 'gpt-4o',
      text: 'Hello there',
      finishReason: 'stop',
      usage: { inputTokens: 12, outputTokens: 7, totalTokens: 19 },
      timing: { ttftMs: 120.5, durationMs: 900, tokensPerSecond: 8.4 },
    });
  });

  it('marks estimated usage and leaves out what is unknown', () => {
    const event = runFinishedEvent({
      content: 'x',
      run: { status: 'done', model: 'm', usage: { outputTokens: 3 }, estimated: true },
    });
    expect(event).toEqual({
      type: 'runFinished',
      status: 'done',
      model: 'm',
      text: 'x',
      usage: { outputTokens: 3, estimated: true },
      timing: {},
    });
  });

  it('keeps a stopped answer and reports the failure of a failed one', () => {
    expect(
      runFinishedEvent({ content: 'part', run: { status: 'stopped', model: 'm' } }),
    ).toMatchObject({
      status: 'stopped',
      text: 'part',
    });
    const failed = runFinishedEvent({
      content: '',
      run: {
        status: 'error',
        model: 'm',
        error: {
          title: 'The API key was rejected',
          detail: 'Invalid or missing API key.',
          action: 'Check it.',
        },
      },
    });
    expect(failed).toMatchObject({
      status: 'error',
      error: {
        code: 'run_failed',
        message: 'The API key was rejected: Invalid or missing API key.',
      },
    });
    const cut = runFinishedEvent({
      content: 'half',
      run: {
        status: 'incomplete',
        model: 'm',
        error: { title: 'Incomplete', detail: '', action: '' },
      },
    });
    expect(cut?.error).toEqual({ code: 'incomplete', message: 'Incomplete' });
  });

  it('has nothing to report for a run still streaming or a message without a run', () => {
    expect(
      runFinishedEvent({ content: 'x', run: { status: 'streaming', model: 'm' } }),
    ).toBeUndefined();
    expect(runFinishedEvent({ content: 'x' })).toBeUndefined();
  });
});

describe('other events', () => {
  it('builds ready, runStarted and error', () => {
    expect(readyEvent()).toEqual({ type: 'ready', version: PROTOCOL_VERSION });
    expect(runStartedEvent('m')).toEqual({ type: 'runStarted', model: 'm' });
    expect(runStartedEvent('m', 4)).toEqual({ type: 'runStarted', model: 'm', replyTo: 4 });
    expect(errorEvent('busy', 'A run is streaming.')).toEqual({
      type: 'error',
      code: 'busy',
      message: 'A run is streaming.',
    });
  });
});

describe('redactEvent', () => {
  const key = 'sk-secret-123';

  it('masks the key wherever an error message quotes it', () => {
    expect(redactEvent(errorEvent('run_blocked', `bad key ${key}, really ${key}`), [key])).toEqual(
      errorEvent('run_blocked', 'bad key [redacted], really [redacted]'),
    );
    const finished = runFinishedEvent({
      content: '',
      run: {
        status: 'error',
        model: 'm',
        error: { title: `Incorrect API key: ${key}`, detail: '', action: '' },
      },
    });
    expect(JSON.stringify(redactEvent(finished!, [key]))).not.toContain(key);
  });

  it('leaves events alone when there is no key', () => {
    const event = errorEvent('busy', 'x');
    expect(redactEvent(event, [''])).toEqual(event);
    expect(redactEvent(readyEvent(), [key])).toEqual(readyEvent());
  });
});
