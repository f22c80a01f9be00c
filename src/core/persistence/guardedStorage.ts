// The storage every persisted store goes through. zustand's persist drops a
// value it cannot parse and then writes defaults over it on the first change,
// and it lets a full quota throw out of a state update. Both lose the user's
// work; this wrapper turns them into reports the UI can act on instead.

import { isRecord } from '../dialects/wire';

/** The part of the Web Storage API the wrapper needs (a Map-backed fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A saved value that could not be read, kept aside so the user can download it. */
export interface DamagedItem {
  /** The store's key, e.g. `llm-playground:state`. */
  key: string;
  /**
   * Where the raw text is kept now: the backup key, or the key itself when
   * there was no room for a backup (then saving to that key is paused).
   */
  source: string;
}

export interface StorageReports {
  /** A stored value is not JSON or not a persisted-store envelope; the store starts with defaults. */
  damaged(item: DamagedItem): void;
  /** A write to `key` failed (`full`) or succeeded again after failing. */
  quota(key: string, full: boolean): void;
}

export interface GuardedStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Forgets a damaged item: deletes its backup (or the unreadable value itself). */
  discard(item: DamagedItem): void;
}

export const BACKUP_PREFIX = 'llm-playground-backup:';

export function backupKeyFor(key: string): string {
  return `${BACKUP_PREFIX}${key}`;
}

/** What zustand's createJSONStorage writes: `{state: {...}, version: n}`. */
export function isPersistEnvelope(text: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  return (
    isRecord(parsed) &&
    isRecord(parsed.state) &&
    (parsed.version === undefined || typeof parsed.version === 'number')
  );
}

/**
 * Firefox names it differently, and older engines only set the legacy code.
 * Anything else (a SecurityError, say) is not a full disk and is re-thrown.
 */
export function isQuotaError(error: unknown): boolean {
  if (!isRecord(error)) return false;
  const { name, code } = error;
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

export function guardStorage(target: StorageLike, reports: StorageReports): GuardedStorage {
  /** Keys whose unreadable value could not be backed up: writing would destroy it. */
  const paused = new Set<string>();
  /** Keys whose last write failed for lack of room. */
  const full = new Set<string>();

  return {
    getItem(key) {
      let raw: string | null;
      try {
        raw = target.getItem(key);
      } catch {
        return null; // storage disabled by the browser: start with defaults, quietly
      }
      if (raw === null || isPersistEnvelope(raw)) return raw;
      const backup = backupKeyFor(key);
      try {
        target.setItem(backup, raw);
        reports.damaged({ key, source: backup });
      } catch {
        paused.add(key);
        reports.damaged({ key, source: key });
      }
      return null;
    },
    setItem(key, value) {
      if (paused.has(key)) return;
      try {
        target.setItem(key, value);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        // A failed setItem leaves the previous value in place: nothing saved is lost.
        full.add(key);
        reports.quota(key, true);
        return;
      }
      if (full.delete(key)) reports.quota(key, false);
    },
    removeItem(key) {
      if (paused.has(key)) return;
      try {
        target.removeItem(key);
      } catch {
        // Nothing to keep consistent: the value simply stays.
      }
    },
    discard(item) {
      try {
        target.removeItem(item.source);
      } catch {
        // Storage went away; the item is forgotten for this page either way.
      }
      paused.delete(item.key);
    },
  };
}
