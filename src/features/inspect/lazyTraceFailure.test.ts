import { describe, expect, it, vi } from 'vitest';
import type { PreparedRequest } from '../../core/types';

// The recorder's chunk fails to download (a deploy replaced it, the network dropped).
vi.mock('./recordRun', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const { lazyTrace } = await import('./lazyTrace');

describe('lazyTrace when its recorder cannot load', () => {
  it('costs the run its trace, never the run', async () => {
    const trace = lazyTrace({ provider: 'openai' } as PreparedRequest, 'run-1', false);
    trace.observer.onResponse?.(200, {});
    await expect(trace.ready).resolves.toBeUndefined();
    trace.observer.onSseMessages?.([{ data: 'after' }]);
    expect(trace.finish({} as never)).toBeUndefined();
  });
});
