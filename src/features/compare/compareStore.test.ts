// The compare store through zustand's persist and the storage guard, as the
// app wires it (the pattern of src/stores/persistedStores.test.ts): version 1
// migrates, the current version is sanitised, garbage gives the defaults.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupKeyFor } from '../../core/persistence/guardedStorage';
import { MemoryStorage } from '../../stores/memoryStorage.testing';

const storage = new MemoryStorage();
vi.stubGlobal('localStorage', storage);

const { useCompareColumns } = await import('./compareStore');
const { useStorageHealth } = await import('../../stores/storageHealth');

const KEY = 'llm-playground:compare';
const saved = (state: unknown, version?: number) => JSON.stringify({ state, version });

async function load(raw: string): Promise<void> {
  useCompareColumns.setState(useCompareColumns.getInitialState(), true);
  storage.clear();
  storage.setItem(KEY, raw);
  await useCompareColumns.persist.rehydrate();
}

const own = { system: 'Mine', messages: [{ id: 'u', role: 'user', content: 'My question' }] };
const column = { id: 'a', connectionId: 'c', model: 'm', raw: { temperature: '0.2' } };

beforeEach(() => useStorageHealth.setState({ damaged: [], fullKeys: [] }));

describe('compare columns in storage', () => {
  it('version 1: every column is kept, synced with the playground', async () => {
    await load(saved({ columns: [column, { ...column, id: 'b', own }] }, 1));
    expect(useCompareColumns.getState().columns).toEqual([column, { ...column, id: 'b' }]);
  });

  it('version 2 keeps an own prompt, and saves it back as version 2', async () => {
    await load(saved({ columns: [{ ...column, own }] }, 2));
    expect(useCompareColumns.getState().columns[0]?.own).toEqual(own);
    useCompareColumns.getState().editOwn('a', (o) => ({ ...o, system: 'Edited' }));
    const stored = JSON.parse(storage.getItem(KEY) ?? '') as {
      version: number;
      state: Record<string, unknown>;
    };
    expect(stored.version).toBe(2);
    // Only the columns are kept: the Undo offer of a sync back is not.
    expect(Object.keys(stored.state)).toEqual(['columns']);
    expect(stored.state.columns).toEqual([{ ...column, own: { ...own, system: 'Edited' } }]);
  });

  it('syncing back, then Undo, gives the column its own prompt back', async () => {
    await load(saved({ columns: [{ ...column, own }] }, 2));
    const store = useCompareColumns.getState();
    store.syncBack('a');
    expect(useCompareColumns.getState().columns[0]?.own).toBeUndefined();
    expect(useCompareColumns.getState().discarded).toEqual({ a: own });
    useCompareColumns.getState().undoSyncBack('a');
    expect(useCompareColumns.getState().columns[0]?.own).toEqual(own);
    expect(useCompareColumns.getState().discarded).toEqual({});
  });

  it('the Undo offer ends when Send adds a message', async () => {
    await load(
      saved(
        {
          columns: [
            { ...column, own },
            { ...column, id: 'b', own },
          ],
        },
        2,
      ),
    );
    useCompareColumns.getState().syncBack('a');
    useCompareColumns.getState().appendToUnsynced({ id: 'n', role: 'user', content: 'Next' });
    const { columns, discarded } = useCompareColumns.getState();
    expect(discarded).toEqual({});
    expect(columns[0]?.own).toBeUndefined();
    expect(columns[1]?.own?.messages.map((m) => m.content)).toEqual(['My question', 'Next']);
  });

  it.each([saved({ columns: 'no' }, 2), saved(null, 1), saved({}, 0), saved([], 99)])(
    'starts with no columns from %s',
    async (raw) => {
      await load(raw);
      expect(useCompareColumns.getState().columns).toEqual([]);
    },
  );

  it('keeps unreadable text in a backup and starts with no columns', async () => {
    await load('{"state": {"col');
    expect(useCompareColumns.getState().columns).toEqual([]);
    expect(useStorageHealth.getState().damaged).toEqual([{ key: KEY, source: backupKeyFor(KEY) }]);
    expect(storage.getItem(backupKeyFor(KEY))).toBe('{"state": {"col');
  });
});
