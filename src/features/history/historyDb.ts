// The run history's IndexedDB adapter, through idb (loaded on first use,
// never in the first screen). Everything here may fail — private modes and
// locked-down profiles refuse IndexedDB — so callers turn failures into a
// message, never a crash.

import type { DBSchema, IDBPDatabase } from 'idb';
import { sanitiseEntry, type HistoryEntry } from '../../core/history/entry';
import { HISTORY_CAP, planEviction, type HistoryCap } from '../../core/history/eviction';

/** Public so tests (and the key-leak check) can read what is stored. */
export const HISTORY_DB_NAME = 'llm-playground-history';
export const HISTORY_STORE = 'runs';
const DB_VERSION = 1;

interface HistorySchema extends DBSchema {
  runs: { key: string; value: HistoryEntry; indexes: { startedAt: number } };
}

type Db = IDBPDatabase<HistorySchema>;

let opening: Promise<Db> | null = null;

async function open(): Promise<Db> {
  if (typeof indexedDB === 'undefined') throw new Error('This browser offers no IndexedDB.');
  const { openDB } = await import('idb');
  return openDB<HistorySchema>(HISTORY_DB_NAME, DB_VERSION, {
    upgrade(db) {
      const store = db.createObjectStore(HISTORY_STORE, { keyPath: 'id' });
      store.createIndex('startedAt', 'startedAt');
    },
    // The browser closed the connection (storage cleared): reopen on next use.
    terminated() {
      opening = null;
    },
  });
}

function db(): Promise<Db> {
  if (!opening) {
    const attempt = open();
    opening = attempt;
    // A failed open is not cached: storage may be freed, or the user may allow it.
    attempt.catch(() => {
      if (opening === attempt) opening = null;
    });
  }
  return opening;
}

/** Every stored run that still reads as one, newest first. */
export async function listRuns(): Promise<HistoryEntry[]> {
  const all = await (await db()).getAll(HISTORY_STORE);
  return all.flatMap((raw) => sanitiseEntry(raw) ?? []).sort((a, b) => b.startedAt - a.startedAt);
}

/** Stores a run and evicts the oldest beyond the cap in the same transaction; returns their ids. */
export async function putRun(
  entry: HistoryEntry,
  cap: HistoryCap = HISTORY_CAP,
): Promise<string[]> {
  const tx = (await db()).transaction(HISTORY_STORE, 'readwrite');
  await tx.store.put(entry);
  const items = (await tx.store.getAll()).map((e) => ({
    id: e.id,
    startedAt: e.startedAt,
    size: e.size,
  }));
  const evicted = planEviction(items, cap);
  await Promise.all(evicted.map((id) => tx.store.delete(id)));
  await tx.done;
  return evicted;
}

export async function deleteRun(id: string): Promise<void> {
  await (await db()).delete(HISTORY_STORE, id);
}

export async function clearRuns(): Promise<void> {
  await (await db()).clear(HISTORY_STORE);
}
