import { describe, expect, it } from 'vitest';
import type { PreparedRequest } from '../types';
import { bodyText, eventsTranscript } from './format';
import { createTraceRecorder, MASK, maskedHeaders } from './trace';

const request: PreparedRequest = {
  provider: 'openai',
  mode: 'chat',
  method: 'POST',
  url: 'https://api.example.test/v1/chat/completions',
  headers: { 'Content-Type': 'application/json' },
  auth: { header: 'Authorization', prefix: 'Bearer ', envVar: 'OPENAI_API_KEY' },
  body: { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], stream: true },
  stream: true,
};

describe('maskedHeaders', () => {
  it('shows where the key went and none of it', () => {
    expect(maskedHeaders(request, true)).toEqual({
      'Content-Type': 'application/json',
      Authorization: `Bearer ${MASK}`,
    });
  });

  it('shows no auth header when no key was sent', () => {
    expect(maskedHeaders(request, false)).toEqual({ 'Content-Type': 'application/json' });
  });
});

describe('createTraceRecorder', () => {
  it('records the request, the response and the events with their times', () => {
    const rec = createTraceRecorder({ runId: 'm1', request, keySent: true, startedAt: 1000 });
    rec.response(200, { 'content-type': 'text/event-stream' }, 12.5);
    rec.event({ atMs: 20, data: '{"choices":[]}' });
    rec.event({ atMs: 31, event: 'error', data: '{"message":"x"}' });
    const trace = rec.finish({ status: 'done', timing: { ttftMs: 20, totalMs: 31 } });
    expect(trace).toMatchObject({
      runId: 'm1',
      inBrowser: false,
      status: 'done',
      request: { method: 'POST', url: request.url, body: request.body },
      response: { status: 200, atMs: 12.5 },
      timing: { ttftMs: 20, totalMs: 31 },
      droppedEvents: 0,
    });
    expect(trace.request.headers.Authorization).toBe(`Bearer ${MASK}`);
    expect(trace.events.map((e) => e.atMs)).toEqual([20, 31]);
  });

  it('keeps the first events up to the cap and counts the rest', () => {
    const rec = createTraceRecorder({
      runId: 'm',
      request,
      keySent: false,
      startedAt: 0,
      maxEvents: 3,
    });
    for (let i = 0; i < 20_000; i++) rec.event({ atMs: i, data: String(i) });
    const trace = rec.finish({ status: 'done' });
    expect(trace.events.map((e) => e.data)).toEqual(['0', '1', '2']);
    expect(trace.droppedEvents).toBe(19_997);
  });

  it('keeps a failed response body and the error', () => {
    const rec = createTraceRecorder({ runId: 'm', request, keySent: true, startedAt: 0 });
    rec.response(401, { 'content-type': 'application/json' }, 5);
    rec.errorText('{"error":{"message":"bad key"}}');
    const trace = rec.finish({ status: 'error', error: 'The API key was refused' });
    expect(trace.response).toMatchObject({
      status: 401,
      errorText: '{"error":{"message":"bad key"}}',
    });
    expect(trace.error).toBe('The API key was refused');
  });

  it('shows an in-browser run without URL or headers', () => {
    const rec = createTraceRecorder({
      runId: 'm',
      request: { ...request, provider: 'inbrowser', url: 'inbrowser://engine' },
      keySent: false,
      startedAt: 0,
    });
    const trace = rec.snapshot();
    expect(trace.inBrowser).toBe(true);
    expect(trace.request.url).toBe('');
    expect(trace.request.headers).toEqual({});
  });

  it('snapshots do not change when more events arrive', () => {
    const rec = createTraceRecorder({ runId: 'm', request, keySent: false, startedAt: 0 });
    rec.event({ atMs: 1, data: 'a' });
    const first = rec.snapshot();
    rec.event({ atMs: 2, data: 'b' });
    expect(first.events).toHaveLength(1);
    expect(rec.snapshot().events).toHaveLength(2);
  });
});

describe('copy formats', () => {
  it('writes events as an SSE transcript with times as comments', () => {
    const rec = createTraceRecorder({
      runId: 'm',
      request,
      keySent: false,
      startedAt: 0,
      maxEvents: 2,
    });
    rec.event({ atMs: 3.4, data: '{"a":1}' });
    rec.event({ atMs: 10, event: 'error', id: '7', data: 'line1\nline2' });
    rec.event({ atMs: 11, data: 'dropped' });
    expect(eventsTranscript(rec.snapshot())).toBe(
      [
        ': +3 ms',
        'data: {"a":1}',
        '',
        ': +10 ms',
        'event: error',
        'id: 7',
        'data: line1',
        'data: line2',
        '',
        ': 1 more events not kept',
      ].join('\n'),
    );
  });

  it('pretty-prints the body', () => {
    expect(bodyText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
  });
});
