import { create } from 'zustand';
import { shapeEntry } from '../../core/history/entry';
import { listItemOf, type HistoryListItem } from '../../core/history/listItem';
import { isEmbedded } from '../../lib/embedMode';
import { useKeyStore } from '../../stores/keyStore';
import { usePlayground } from '../../stores/playgroundStore';
import type { FinishedRun } from '../run/runEvents';
import { clearRuns, deleteRun, listRunItems, putRun, whenBlocked } from './historyDb';

export type HistoryStatus = 'idle' | 'loading' | 'ready' | 'unavailable' | 'disabled';

interface HistoryState {
  status: HistoryStatus;
  /**
   * What the list shows of each run, newest first (the full runs stay in the
   * database). Before the first load, only the runs recorded since the page opened.
   */
  items: HistoryListItem[];
  /** Why the history cannot be kept, or what the last write could not do. */
  problem: string | null;
  load(): Promise<void>;
  record(run: FinishedRun): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

function reason(error: unknown): string {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Run history is unavailable: this browser refused its storage (IndexedDB)${detail}. Runs still work; they are just not kept.`;
}

function byNewest(list: HistoryListItem[]): HistoryListItem[] {
  const byId = new Map<string, HistoryListItem>();
  for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => b.startedAt - a.startedAt);
}

export const useHistory = create<HistoryState>()((set, get) => ({
  // An embed is set up by its host and keeps nothing (see lib/appStorage).
  status: isEmbedded() ? 'disabled' : 'idle',
  items: [],
  problem: null,
  load: async () => {
    const { status } = get();
    if (status === 'disabled' || status === 'loading') return;
    set({ status: 'loading' });
    try {
      const stored = await listRunItems();
      // Runs recorded while the list was loading are kept too.
      set((s) => ({ status: 'ready', items: byNewest([...s.items, ...stored]), problem: null }));
    } catch (error) {
      set({ status: 'unavailable', problem: reason(error) });
    }
  },
  record: async (run) => {
    if (get().status === 'disabled' || get().status === 'unavailable') return;
    const connection = usePlayground.getState().connections.find((c) => c.id === run.connectionId);
    const secret = useKeyStore.getState().keyFor(run.connectionId).apiKey;
    const entry = shapeEntry(run, connection?.name ?? run.connectionId, secret);
    try {
      const evicted = new Set(await putRun(entry));
      set((s) => ({
        items: byNewest([listItemOf(entry), ...s.items.filter((e) => !evicted.has(e.id))]),
        problem: null,
      }));
    } catch (error) {
      const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
      set(
        quota
          ? { problem: 'The last run was not kept: the browser storage is full. Delete some runs.' }
          : { status: 'unavailable', problem: reason(error) },
      );
    }
  },
  remove: async (id) => {
    set((s) => ({ items: s.items.filter((e) => e.id !== id) }));
    try {
      await deleteRun(id);
    } catch (error) {
      set({ problem: `The run could not be deleted: ${String(error)}` });
    }
  },
  clear: async () => {
    set({ items: [] });
    try {
      await clearRuns();
    } catch (error) {
      set({ problem: `The history could not be cleared: ${String(error)}` });
    }
  },
}));

whenBlocked(() =>
  useHistory.setState({
    problem:
      'Run history is waiting for another tab of this playground, open since before an update: close or reload it.',
  }),
);

/** Records a finished run (history/recordRuns calls this through a dynamic import). */
export function recordRun(run: FinishedRun): Promise<void> {
  return useHistory.getState().record(run);
}
