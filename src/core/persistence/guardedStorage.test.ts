import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  backupKeyFor,
  guardStorage,
  isPersistEnvelope,
  isQuotaError,
  type DamagedItem,
  type StorageLike,
} from './guardedStorage';

/** localStorage's behaviour that matters here, with a switchable quota. */
class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  /** setItem throws a QuotaExceededError while set (for these keys, or all when empty). */
  full: Set<string> | null = null;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full && (this.full.size === 0 || this.full.has(key)))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

function setup() {
  const target = new FakeStorage();
  const damaged: DamagedItem[] = [];
  const quota: [string, boolean][] = [];
  const storage = guardStorage(target, {
    damaged: (item) => damaged.push(item),
    quota: (key, full) => quota.push([key, full]),
  });
  return { target, storage, damaged, quota };
}

const KEY = 'llm-playground:state';
const GOOD = JSON.stringify({ state: { system: 'Be brief.' }, version: 2 });

describe('isPersistEnvelope', () => {
  it('accepts what zustand writes and rejects everything else', () => {
    expect(isPersistEnvelope(GOOD)).toBe(true);
    expect(isPersistEnvelope('{"state":{}}')).toBe(true);
    for (const bad of ['{', 'null', '[]', '"text"', '{"state":[]}', '{"state":{},"version":"2"}'])
      expect(isPersistEnvelope(bad), bad).toBe(false);
  });
});

describe('guardStorage: unreadable data', () => {
  it('passes readable values through untouched', () => {
    const { target, storage, damaged } = setup();
    target.data.set(KEY, GOOD);
    expect(storage.getItem(KEY)).toBe(GOOD);
    expect(storage.getItem('missing')).toBeNull();
    expect(damaged).toEqual([]);
    expect(target.data.size).toBe(1);
  });

  it('backs up a value that is not JSON and reads as empty, so the store starts with defaults', () => {
    const { target, storage, damaged } = setup();
    target.data.set(KEY, '{"state": {"system": "half a wri');
    expect(storage.getItem(KEY)).toBeNull();
    expect(target.data.get(backupKeyFor(KEY))).toBe('{"state": {"system": "half a wri');
    expect(damaged).toEqual([{ key: KEY, source: backupKeyFor(KEY) }]);
  });

  it('treats JSON that is not a saved store (no state object) as unreadable too', () => {
    const { target, storage, damaged } = setup();
    target.data.set(KEY, '[1, 2, 3]');
    expect(storage.getItem(KEY)).toBeNull();
    expect(damaged).toHaveLength(1);
    expect(target.data.get(backupKeyFor(KEY))).toBe('[1, 2, 3]');
  });

  it('with no room for a backup, keeps the value where it is and pauses saving to that key', () => {
    const { target, storage, damaged } = setup();
    target.data.set(KEY, 'not json');
    target.full = new Set([backupKeyFor(KEY)]);
    expect(storage.getItem(KEY)).toBeNull();
    expect(damaged).toEqual([{ key: KEY, source: KEY }]);
    storage.setItem(KEY, GOOD);
    storage.removeItem(KEY);
    expect(target.data.get(KEY)).toBe('not json');
    storage.discard({ key: KEY, source: KEY });
    storage.setItem(KEY, GOOD);
    expect(target.data.get(KEY)).toBe(GOOD);
  });

  it('discard deletes the backup', () => {
    const { target, storage, damaged } = setup();
    target.data.set(KEY, 'garbage');
    storage.getItem(KEY);
    storage.discard(damaged[0] as DamagedItem);
    expect(target.data.has(backupKeyFor(KEY))).toBe(false);
  });

  it('reads as empty, quietly, when the browser denies storage', () => {
    const damaged: DamagedItem[] = [];
    const denied = guardStorage(
      {
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
        setItem: () => undefined,
        removeItem: () => undefined,
      },
      { damaged: (item) => damaged.push(item), quota: () => undefined },
    );
    expect(denied.getItem(KEY)).toBeNull();
    expect(damaged).toEqual([]);
  });

  it('through zustand persist: defaults now, and the next save leaves the backup intact', async () => {
    const { target, storage } = setup();
    target.data.set(KEY, 'corrupt {');
    const useStore = create<{ system: string }>()(
      persist(() => ({ system: 'default' }), {
        name: KEY,
        version: 2,
        storage: createJSONStorage(() => storage),
      }),
    );
    await useStore.persist.rehydrate();
    expect(useStore.getState().system).toBe('default');
    useStore.setState({ system: 'new work' });
    expect(JSON.parse(target.data.get(KEY) ?? '')).toEqual({
      state: { system: 'new work' },
      version: 2,
    });
    expect(target.data.get(backupKeyFor(KEY))).toBe('corrupt {');
  });
});

describe('guardStorage: full quota', () => {
  it('keeps the previous value, reports the failure instead of throwing, and reports the recovery', () => {
    const { target, storage, quota } = setup();
    storage.setItem(KEY, GOOD);
    target.full = new Set();
    expect(() => storage.setItem(KEY, '{"state":{"system":"newer"}}')).not.toThrow();
    expect(target.data.get(KEY)).toBe(GOOD);
    expect(quota).toEqual([[KEY, true]]);
    target.full = null;
    storage.setItem(KEY, '{"state":{"system":"newest"}}');
    storage.setItem(KEY, '{"state":{"system":"again"}}');
    expect(quota).toEqual([
      [KEY, true],
      [KEY, false],
    ]);
    expect(target.data.get(KEY)).toBe('{"state":{"system":"again"}}');
  });

  it('re-throws errors that are not about room', () => {
    const storage = guardStorage(
      {
        getItem: () => null,
        setItem: () => {
          throw new TypeError('boom');
        },
        removeItem: () => undefined,
      },
      { damaged: () => undefined, quota: () => undefined },
    );
    expect(() => storage.setItem(KEY, GOOD)).toThrow('boom');
  });
});

describe('isQuotaError', () => {
  it('recognises every engine’s way of saying storage is full', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError(new DOMException('no', 'SecurityError'))).toBe(false);
    expect(isQuotaError(new TypeError('x'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
