import { describe, expect, it, vi } from 'vitest';
import type { PreparedRequest } from '../../core/types';

const seen = vi.hoisted(() => ({ calls: [] as string[], startedAt: [] as number[] }));

vi.mock('./recordRun', () => ({
  traceRun: (_request: unknown, runId: string, _keySent: boolean, t0: number) => {
    seen.startedAt.push(t0);
    seen.calls.push(`start ${runId}`);
    return {
      observer: {
        onResponse: (status: number) => seen.calls.push(`response ${status}`),
        onSseMessages: (ms: { data: string }[]) =>
          seen.calls.push(`sse ${ms.map((m) => m.data).join(' ')}`),
      },
      finish: () => ({ runId }),
    };
  },
}));

const { lazyTrace } = await import('./lazyTrace');

const request = { provider: 'openai', url: 'https://api.example.test' } as PreparedRequest;

describe('lazyTrace', () => {
  it('takes what the exchange shows before the recorder loads, and hands it on in order', async () => {
    seen.calls.length = 0;
    const before = performance.now();
    const trace = lazyTrace(request, 'run-1', false);
    // The request is already out: the response arrives before the recorder.
    trace.observer.onResponse?.(200, {});
    trace.observer.onSseMessages?.([{ data: 'one' }, { data: 'two' }]);
    expect(seen.calls).toEqual([]);
    await trace.ready;
    trace.observer.onSseMessages?.([{ data: 'three' }]);
    expect(seen.calls).toEqual(['start run-1', 'response 200', 'sse one two', 'sse three']);
    // Event times count from the run's start, not from when the recorder loaded.
    expect(seen.startedAt.at(-1)).toBeGreaterThanOrEqual(before);
    expect(seen.startedAt.at(-1)).toBeLessThanOrEqual(performance.now());
    expect(trace.finish({} as never)).toEqual({ runId: 'run-1' });
  });
});
