// In an embedded frame the history keeps nothing (like every persisted store there).
import { describe, expect, it, vi } from 'vitest';

const putRun = vi.hoisted(() => vi.fn(() => Promise.resolve([])));
vi.mock('./historyDb', () => ({
  listRunItems: () => Promise.resolve([]),
  putRun,
  deleteRun: () => Promise.resolve(),
  clearRuns: () => Promise.resolve(),
  whenBlocked: () => undefined,
}));
vi.stubGlobal('window', { location: { search: '?embed=1' } });

const { useHistory } = await import('./historyStore');

describe('history in an embed', () => {
  it('is disabled: nothing is loaded or written', async () => {
    expect(useHistory.getState().status).toBe('disabled');
    await useHistory.getState().load();
    await useHistory.getState().record({
      runId: 'x',
      request: {
        provider: 'openai',
        mode: 'chat',
        method: 'POST',
        url: 'https://x/v1/chat/completions',
        headers: {},
        auth: { header: 'Authorization', prefix: 'Bearer ', envVar: 'OPENAI_API_KEY' },
        body: {},
        stream: true,
      },
      connectionId: 'c',
      model: 'm',
      text: 't',
      summary: { status: 'done', model: 'm' },
      startedAt: 1,
    });
    expect(useHistory.getState().status).toBe('disabled');
    expect(putRun).not.toHaveBeenCalled();
  });
});
