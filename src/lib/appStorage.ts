import type { StateStorage } from 'zustand/middleware';
import {
  BACKUP_PREFIX,
  guardStorage,
  type DamagedItem,
  type GuardedStorage,
} from '../core/persistence/guardedStorage';
import { reportDamaged, reportQuota } from '../stores/storageHealth';
import { isEmbedded } from './embedMode';

/** Reads nothing and keeps nothing. */
const NO_STORAGE: StateStorage = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
};

let guarded: GuardedStorage | null = null;

/** localStorage behind the guard (see core/persistence/guardedStorage); made on first use. */
function local(): GuardedStorage {
  if (!guarded) {
    guarded = guardStorage(localStorage, { damaged: reportDamaged, quota: reportQuota });
    // Backups left by an earlier load stay on offer until the user dismisses them.
    for (let i = 0; i < localStorage.length; i += 1) {
      const backup = localStorage.key(i);
      if (backup?.startsWith(BACKUP_PREFIX))
        reportDamaged({ key: backup.slice(BACKUP_PREFIX.length), source: backup });
    }
  }
  return guarded;
}

/**
 * Where the persisted stores keep the user's work: localStorage, except in an
 * embedded frame. An embed is set up by its host on every load, and it may run
 * on the same origin as someone's playground tab: reading that tab's saved
 * work would leak it into the host's session, writing would overwrite it.
 * Throws when the browser denies localStorage (createJSONStorage then keeps
 * the store in memory).
 */
export function appStorage(): StateStorage {
  return isEmbedded() ? NO_STORAGE : local();
}

/** The raw text of a damaged item, for download. */
export function damagedText(item: DamagedItem): string {
  try {
    return localStorage.getItem(item.source) ?? '';
  } catch {
    return '';
  }
}

/** Deletes a damaged item's kept copy, once the user has dismissed it. */
export function discardDamaged(item: DamagedItem): void {
  if (!isEmbedded()) local().discard(item);
}
