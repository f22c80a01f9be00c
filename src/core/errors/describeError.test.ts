import { describe, expect, it } from 'vitest';
import { describeError } from './describeError';
import { wireErrorFromBody } from './parseErrorBody';

describe('describeError: the seed error table', () => {
  it('400 bad_request points at the parameters', () => {
    const d = describeError({
      error: { status: 400, code: 'bad_request', message: 'Invalid parameter: top_k' },
    });
    expect(d.title).toBe('The server rejected the request');
    expect(d.detail).toBe('Invalid parameter: top_k');
    expect(d.action).toMatch(/parameters/);
    expect(d.fixInConnection).toBeFalsy();
  });

  it.each(['invalid_api_key', 'unauthorized', undefined])(
    '401 %s is a key problem fixed in Connection settings',
    (code) => {
      const d = describeError({ error: { status: 401, code, message: 'Invalid key' } });
      expect(d.title).toBe('The API key was rejected');
      expect(d.action).toMatch(/Connection settings/);
      expect(d.fixInConnection).toBe(true);
    },
  );

  it('404 model_not_found suggests another model', () => {
    const d = describeError({ error: { status: 404, code: 'model_not_found', message: 'x' } });
    expect(d.title).toBe('Model not found');
    expect(d.action).toMatch(/another model/);
    expect(d.fixInConnection).toBeFalsy();
  });

  it('429 with Retry-After says how long to wait', () => {
    const d = describeError({
      error: { status: 429, code: 'rate_limit_exceeded', message: 'Rate limit exceeded.' },
      retryAfterMs: 30000,
    });
    expect(d.title).toBe('Rate limit reached');
    expect(d.retryAfterMs).toBe(30000);
    expect(d.action).toBe('The server asks to wait 30 seconds before retrying.');
  });

  it('rounds the wait up and uses the singular for one second', () => {
    const error = { status: 429, code: 'rate_limit_exceeded', message: 'x' };
    expect(describeError({ error, retryAfterMs: 1000 }).action).toMatch(/wait 1 second before/);
    expect(describeError({ error, retryAfterMs: 1200 }).action).toMatch(/wait 2 seconds/);
  });

  it('429 without Retry-After still explains the limit', () => {
    const d = describeError({ error: { status: 429, code: 'rate_limit_exceeded', message: 'x' } });
    expect(d.retryAfterMs).toBeUndefined();
    expect(d.action).toMatch(/Wait a moment/);
  });

  it.each([
    [500, 'internal_error', 'The server had an internal error'],
    [503, 'service_unavailable', 'The service is temporarily unavailable'],
    [504, 'timeout', 'The server timed out'],
    [500, undefined, 'The server had an internal error'],
    [503, undefined, 'The service is temporarily unavailable'],
    [504, undefined, 'The server timed out'],
    [502, undefined, 'Bad gateway'],
  ])('%i %s', (status, code, title) => {
    const d = describeError({ error: { status, code, message: 'Server says no.' } });
    expect(d.title).toBe(title);
    expect(d.detail).toBe('Server says no.');
    expect(d.action).toMatch(/Retry/);
  });

  it('context_length_exceeded (sent with 400) explains the conversation is too long', () => {
    const d = describeError({
      error: { status: 400, code: 'context_length_exceeded', message: 'Too long.' },
    });
    expect(d.title).toBe('The conversation is too long for this model');
    expect(d.action).toMatch(/Max tokens/);
  });

  it('model_does_not_support_json_schema (sent with 400) explains structured output', () => {
    const d = describeError({
      error: { status: 400, code: 'model_does_not_support_json_schema', message: 'No schema.' },
    });
    expect(d.title).toBe('This model does not support structured output');
    expect(d.action).toMatch(/JSON schema/);
  });

  it('an unknown status still names the status', () => {
    const d = describeError({ error: { status: 418, message: '' } });
    expect(d.title).toBe('The request failed (HTTP 418)');
    expect(d.detail).toBe('HTTP 418');
  });
});

describe('describeError: bodies servers really send', () => {
  it('{error: "string"} shows the string', () => {
    const d = describeError({
      error: wireErrorFromBody(500, 'application/json', '{"error":"boom"}'),
    });
    expect(d.title).toBe('The server had an internal error');
    expect(d.detail).toBe('boom');
  });

  it('{message} shows the message', () => {
    const d = describeError({
      error: wireErrorFromBody(400, 'application/json', '{"message":"temperature too high"}'),
    });
    expect(d.title).toBe('The server rejected the request');
    expect(d.detail).toBe('temperature too high');
  });

  it('an HTML proxy page shows its title, not markup', () => {
    const page = '<html><head><title>504 Gateway Time-out</title></head><body></body></html>';
    const d = describeError({ error: wireErrorFromBody(504, 'text/html', page) });
    expect(d.title).toBe('The server timed out');
    expect(d.detail).toContain('504 Gateway Time-out');
    expect(d.detail).not.toContain('<');
  });

  it('an empty 403 body is still explained, with the status as detail', () => {
    const d = describeError({ error: wireErrorFromBody(403, '', '') });
    expect(d.title).toBe('Access denied');
    expect(d.detail).toBe('HTTP 403');
    expect(d.action).toMatch(/origin/);
    expect(d.fixInConnection).toBe(true);
  });

  it('no status, code or message still gives some detail', () => {
    const d = describeError({ error: { message: '' } });
    expect(d.title).toBe('The answer failed');
    expect(d.detail).toBe('No details were given.');
  });
});

describe('describeError: network failures', () => {
  it('a failed fetch names the host, mentions CORS and points at Connection settings', () => {
    const d = describeError({
      error: { message: 'Failed to fetch' },
      network: true,
      baseUrl: 'https://api.sippulse.ai/',
    });
    expect(d.title).toBe('Could not reach api.sippulse.ai');
    expect(`${d.detail} ${d.action}`).toMatch(/CORS/);
    expect(d.action).toMatch(/Base URL/);
    expect(d.fixInConnection).toBe(true);
  });

  it('copes with a base URL that is not a URL', () => {
    const d = describeError({ error: { message: 'x' }, network: true, baseUrl: 'localhost' });
    expect(d.title).toBe('Could not reach localhost');
    expect(describeError({ error: { message: 'x' }, network: true }).title).toBe(
      'Could not reach the server',
    );
  });

  it('a failed fetch uses the connection preset’s hint as the action when one is given', () => {
    const hint =
      'Quit Ollama and start it with `OLLAMA_ORIGINS=https://play.example.org ollama serve`.';
    const d = describeError({
      error: { message: 'Failed to fetch' },
      network: true,
      baseUrl: 'http://localhost:11434/v1',
      networkHint: hint,
    });
    expect(d.title).toBe('Could not reach localhost:11434');
    expect(d.action).toBe(hint);
    expect(d.detail).toMatch(/CORS/);
    expect(d.fixInConnection).toBe(true);
  });

  it('a blank hint falls back to the generic advice', () => {
    const d = describeError({ error: { message: 'x' }, network: true, networkHint: '  ' });
    expect(d.action).toMatch(/Base URL/);
  });

  it('the hint is not used for a drop mid-stream or for an HTTP error', () => {
    const hint = 'Start the server with --cors.';
    const dropped = describeError({
      error: { message: 'network error' },
      network: true,
      midStream: true,
      networkHint: hint,
    });
    expect(dropped.action).toBe('Retry to get the full answer.');
    const http = describeError({
      error: { status: 403, message: '' },
      networkHint: hint,
    });
    expect(http.title).toBe('Access denied');
    expect(http.action).not.toBe(hint);
  });

  it('a drop mid-stream keeps the partial answer and is not a connection-settings problem', () => {
    const d = describeError({
      error: { message: 'network error' },
      network: true,
      midStream: true,
      baseUrl: 'https://api.sippulse.ai',
    });
    expect(d.title).toBe('The connection dropped');
    expect(d.detail).toMatch(/partial answer is kept/);
    expect(d.detail).not.toMatch(/CORS/);
    expect(d.action).toMatch(/Retry/);
    expect(d.fixInConnection).toBe(false);
  });

  it('a server error mid-stream also says the partial answer is kept', () => {
    const d = describeError({
      error: { code: 'stream_error', message: 'Upstream failed.' },
      midStream: true,
    });
    expect(d.title).toBe('The server reported an error during the answer');
    expect(d.detail).toBe('Upstream failed. The partial answer is kept.');
  });
});
