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
      onSseMessages: (messages) => seen.push(...messages),
    };
    const masked = maskObserver(observer, [KEY]);
    masked?.onResponse?.(401, { 'x-echo': KEY });
    masked?.onErrorBody?.(`{"error":{"message":"Incorrect API key provided: ${KEY}"}}`);
    masked?.onJsonBody?.({ error: { message: KEY } });
    masked?.onSseMessages?.([{ data: '{"ok":1}' }, { data: `{"error":"${KEY}"}` }]);
    expect(JSON.stringify(seen)).not.toContain(KEY);
    expect(seen[0]).toBe(401);
    expect(seen[2]).toBe('{"error":{"message":"Incorrect API key provided: [redacted]"}}');
    // A batch's other messages go through as they were.
    expect(seen.at(-2)).toEqual({ data: '{"ok":1}' });
  });

  it('hands on a batch that quotes no secret as it is, not a copy', () => {
    let seen: unknown;
    const batch = [{ data: '{"choices":[]}' }];
    maskObserver({ onSseMessages: (m) => (seen = m) }, [KEY])?.onSseMessages?.(batch);
    expect(seen).toBe(batch);
  });

  it('passes no observer through as none', () => {
    expect(maskObserver(undefined, [KEY])).toBeUndefined();
  });
});
