// The run history's IndexedDB adapter, through idb (loaded on first use,
// never in the first screen). Everything here may fail — private modes and
// locked-down profiles refuse IndexedDB — so callers turn failures into a
// message, never a crash.
//
// Two stores: `runs` holds each full entry (read only to restore or search
// it) and `items` what the list shows, so listing the history and planning
// evictions after each run read a few hundred bytes per run, not the 20 MB
// the cap allows.

import type { DBSchema, IDBPDatabase } from 'idb';
import { matchesQuery, sanitiseEntry, type HistoryEntry } from '../../core/history/entry';
import { HISTORY_CAP, planEviction, type HistoryCap } from '../../core/history/eviction';
import { listItemOf, sanitiseListItem, type HistoryListItem } from '../../core/history/listItem';

/** Public so tests (and the key-leak check) can read what is stored. */
export const HISTORY_DB_NAME = 'llm-playground-history';
export const HISTORY_STORE = 'runs';
export const HISTORY_ITEMS_STORE = 'items';
const DB_VERSION = 2;

interface HistorySchema extends DBSchema {
  runs: { key: string; value: HistoryEntry; indexes: { startedAt: number } };
  items: { key: string; value: HistoryListItem };
}

type Db = IDBPDatabase<HistorySchema>;

let opening: Promise<Db> | null = null;
let onBlocked: (() => void) | null = null;

/** Called when an older version's tab holds the database open and this one must wait. */
export function whenBlocked(listener: () => void): void {
  onBlocked = listener;
}

async function open(): Promise<Db> {
  if (typeof indexedDB === 'undefined') throw new Error('This browser offers no IndexedDB.');
  const { openDB } = await import('idb');
  return openDB<HistorySchema>(HISTORY_DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const runs = db.createObjectStore(HISTORY_STORE, { keyPath: 'id' });
        runs.createIndex('startedAt', 'startedAt');
      }
      if (oldVersion < 2) {
        const items = db.createObjectStore(HISTORY_ITEMS_STORE, { keyPath: 'id' });
        // Runs kept by version 1 get their list items; the upgrade transaction
        // stays open while these requests are pending.
        if (oldVersion >= 1)
          void tx
            .objectStore(HISTORY_STORE)
            .getAll()
            .then((all) =>
              Promise.all(
                all.flatMap((raw) => {
                  const entry = sanitiseEntry(raw);
                  return entry ? [items.put(listItemOf(entry))] : [];
                }),
              ),
            );
      }
    },
    blocked() {
      onBlocked?.();
    },
    // A newer version (another tab, after a deploy) waits for this connection.
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
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

/** What the list shows of every stored run, newest first. */
export async function listRunItems(): Promise<HistoryListItem[]> {
  const all = await (await db()).getAll(HISTORY_ITEMS_STORE);
  return all
    .flatMap((raw) => sanitiseListItem(raw) ?? [])
    .sort((a, b) => b.startedAt - a.startedAt);
}

/** One full run, or undefined when it is gone (deleted in another tab) or unreadable. */
export async function getRun(id: string): Promise<HistoryEntry | undefined> {
  return sanitiseEntry(await (await db()).get(HISTORY_STORE, id));
}

/**
 * The ids of the runs whose text matches `query` (see matchesQuery). Runs are
 * read one at a time, so a search never holds the whole history in memory.
 */
export async function searchRuns(query: string): Promise<Set<string>> {
  const found = new Set<string>();
  let cursor = await (await db()).transaction(HISTORY_STORE).store.openCursor();
  while (cursor) {
    const entry = sanitiseEntry(cursor.value);
    if (entry && matchesQuery(entry, query)) found.add(entry.id);
    cursor = await cursor.continue();
  }
  return found;
}

/** Stores a run and evicts the oldest beyond the cap in the same transaction; returns their ids. */
export async function putRun(
  entry: HistoryEntry,
  cap: HistoryCap = HISTORY_CAP,
): Promise<string[]> {
  const tx = (await db()).transaction([HISTORY_STORE, HISTORY_ITEMS_STORE], 'readwrite');
  const runs = tx.objectStore(HISTORY_STORE);
  const items = tx.objectStore(HISTORY_ITEMS_STORE);
  await Promise.all([runs.put(entry), items.put(listItemOf(entry))]);
  const sizes = (await items.getAll()).map(({ id, startedAt, size }) => ({ id, startedAt, size }));
  const evicted = planEviction(sizes, cap);
  await Promise.all(evicted.flatMap((id) => [runs.delete(id), items.delete(id)]));
  await tx.done;
  return evicted;
}

export async function deleteRun(id: string): Promise<void> {
  const tx = (await db()).transaction([HISTORY_STORE, HISTORY_ITEMS_STORE], 'readwrite');
  await Promise.all([
    tx.objectStore(HISTORY_STORE).delete(id),
    tx.objectStore(HISTORY_ITEMS_STORE).delete(id),
    tx.done,
  ]);
}

export async function clearRuns(): Promise<void> {
  const tx = (await db()).transaction([HISTORY_STORE, HISTORY_ITEMS_STORE], 'readwrite');
  await Promise.all([
    tx.objectStore(HISTORY_STORE).clear(),
    tx.objectStore(HISTORY_ITEMS_STORE).clear(),
    tx.done,
  ]);
}
