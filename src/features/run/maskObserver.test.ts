import { describe, expect, it } from 'vitest';
import type { TransportObserver } from '../../lib/transport';
import { maskObserver } from './maskObserver';

const KEY = 'sk-LEAKCHECK-7f3a9c';

describe('maskObserver', () => {
  it('hands the observer headers, bodies and SSE messages with the key masked', () => {
    const seen: unknown[] = [];
    const observer: TransportObserver = {
      onResponse: (status, headers) => seen.push(status, headers),
      onErrorBody: (text) => seen.push(text),
      onJsonBody: (json) => seen.push(json),
      onSseMessage: (message) => seen.push(message),
    };
    const masked = maskObserver(observer, [KEY]);
    masked?.onResponse?.(401, { 'x-echo': KEY });
    masked?.onErrorBody?.(`{"error":{"message":"Incorrect API key provided: ${KEY}"}}`);
    masked?.onJsonBody?.({ error: { message: KEY } });
    masked?.onSseMessage?.({ data: `{"error":"${KEY}"}` });
    expect(JSON.stringify(seen)).not.toContain(KEY);
    expect(seen[0]).toBe(401);
    expect(seen[2]).toBe('{"error":{"message":"Incorrect API key provided: [redacted]"}}');
  });

  it('passes no observer through as none', () => {
    expect(maskObserver(undefined, [KEY])).toBeUndefined();
  });
});
