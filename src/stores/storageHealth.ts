import { create } from 'zustand';
import type { DamagedItem } from '../core/persistence/guardedStorage';

interface StorageHealth {
  /** Saved values that could not be read this load, or earlier and not yet dismissed. */
  damaged: DamagedItem[];
  /** Keys whose latest write failed because storage is full. */
  fullKeys: string[];
  /** The user closed the "storage is full" notice; it returns on the next new failure. */
  quotaDismissed: boolean;
}

/** What the storage wrapper (lib/appStorage) found wrong, for the banner to show. */
export const useStorageHealth = create<StorageHealth>()(() => ({
  damaged: [],
  fullKeys: [],
  quotaDismissed: false,
}));

export function reportDamaged(item: DamagedItem): void {
  useStorageHealth.setState((s) => ({
    damaged: [...s.damaged.filter((d) => d.key !== item.key), item],
  }));
}

export function reportQuota(key: string, full: boolean): void {
  useStorageHealth.setState((s) => {
    const has = s.fullKeys.includes(key);
    if (full === has) return s;
    const fullKeys = full ? [...s.fullKeys, key] : s.fullKeys.filter((k) => k !== key);
    // A new failure after everything was saved again is news: show the notice again.
    return { fullKeys, quotaDismissed: full && s.fullKeys.length === 0 ? false : s.quotaDismissed };
  });
}
