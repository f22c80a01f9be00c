// The history store over a stand-in database: what the user sees when the
// database works, evicts, or is refused. The IndexedDB adapter itself runs
// in the browser (e2e/history.spec.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../core/history/entry';
import { listItemOf } from '../../core/history/listItem';
import type { FinishedRun } from '../run/runEvents';

const db = vi.hoisted(() => ({
  stored: [] as HistoryEntry[],
  evict: [] as string[],
  fail: null as Error | null,
  blocked: null as (() => void) | null,
}));

vi.mock('./historyDb', () => ({
  listRunItems: () =>
    db.fail ? Promise.reject(db.fail) : Promise.resolve(db.stored.map(listItemOf)),
  putRun: (entry: HistoryEntry) => {
    if (db.fail) return Promise.reject(db.fail);
    db.stored.push(entry);
    return Promise.resolve(db.evict);
  },
  deleteRun: () => Promise.resolve(),
  clearRuns: () => Promise.resolve(),
  whenBlocked: (listener: () => void) => {
    db.blocked = listener;
  },
}));

const memory = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => void memory.set(k, v),
  removeItem: (k: string) => void memory.delete(k),
});
vi.stubGlobal('sessionStorage', localStorage);

const { useHistory } = await import('./historyStore');
const { useKeyStore } = await import('../../stores/keyStore');

function finished(runId: string, startedAt: number, text = 'answer'): FinishedRun {
  return {
    runId,
    request: {
      provider: 'inbrowser',
      mode: 'chat',
      method: 'POST',
      url: 'inbrowser://stories260K',
      headers: {},
      auth: { header: '', prefix: '', envVar: '' },
      body: {},
      stream: true,
    },
    connectionId: 'in-browser',
    model: 'stories260K',
    text,
    summary: { status: 'done', model: 'stories260K' },
    startedAt,
  };
}

beforeEach(() => {
  db.stored = [];
  db.evict = [];
  db.fail = null;
  useHistory.setState({ status: 'idle', items: [], problem: null });
});

describe('history store', () => {
  it('lists stored runs with the ones recorded meanwhile, newest first, and drops evicted ones', async () => {
    await useHistory.getState().record(finished('a', 1));
    await useHistory.getState().load();
    db.evict = [useHistory.getState().items[0]!.id];
    await useHistory.getState().record(finished('b', 2));
    const { status, items } = useHistory.getState();
    expect(status).toBe('ready');
    expect(items.map((e) => e.startedAt)).toEqual([2]);
    expect(items[0]?.connectionLabel).toBe('In-browser (llama.cpp)');
  });

  it('keeps only the list’s lines in memory; the whole answer goes to the database', async () => {
    const long = 'word '.repeat(2000);
    await useHistory.getState().record(finished('g', 7, long));
    expect(db.stored[0]?.answer).toBe(long);
    const [item] = useHistory.getState().items;
    expect(item?.outcome).toMatch(/^word word .*…$/);
    expect(JSON.stringify(useHistory.getState().items).length).toBeLessThan(1000);
  });

  it('says why the history waits while an older tab holds the database, and clears it once loaded', async () => {
    db.blocked?.();
    expect(useHistory.getState().problem).toMatch(/waiting for another tab.*close or reload it/);
    await useHistory.getState().load();
    expect(useHistory.getState().problem).toBeNull();
  });

  it('reports a refused database instead of failing, and stops trying', async () => {
    db.fail = new Error('denied');
    await useHistory.getState().load();
    expect(useHistory.getState().status).toBe('unavailable');
    expect(useHistory.getState().problem).toMatch(/Run history is unavailable.*denied/);
    db.fail = null;
    await useHistory.getState().record(finished('c', 3));
    expect(db.stored).toEqual([]);
  });

  it('says the storage is full when a write hits the quota, and keeps working', async () => {
    db.fail = new DOMException('full', 'QuotaExceededError');
    await useHistory.getState().record(finished('d', 4));
    expect(useHistory.getState().problem).toMatch(/storage is full/);
    db.fail = null;
    await useHistory.getState().record(finished('e', 5));
    expect(db.stored).toHaveLength(1);
    expect(useHistory.getState().problem).toBeNull();
  });

  it('never stores the connection’s key, even when the answer repeats it', async () => {
    useKeyStore.getState().setKey('in-browser', 'sk-secret-key-123', false);
    await useHistory.getState().record(finished('f', 6, 'your key is sk-secret-key-123'));
    expect(JSON.stringify(db.stored)).not.toContain('sk-secret-key-123');
  });
});
