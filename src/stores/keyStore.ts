import { create } from 'zustand';
import { MIGRATED_CONNECTION_ID } from '../core/persistence/persistedState';
import { isEmbedded } from '../lib/embedMode';
import { selectConnection, usePlayground } from './playgroundStore';

// API keys are kept apart from everything else the app persists, one per
// saved connection: in sessionStorage (gone with the tab) unless the user
// asks to remember it, and never in the state that exports or share links read.
const PREFIX = 'llm-playground:api-key:';
/** Where version 1 kept its single key; moved to the migrated connection. */
const LEGACY_NAME = 'llm-playground:api-key';

function safeStorage(kind: 'local' | 'session'): Storage | undefined {
  // Memory only in an embedded frame: a host's key must not outlive the frame,
  // and the frame must not pick up keys saved by a playground tab on this origin.
  if (isEmbedded()) return undefined;
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined; // storage blocked (sandboxed iframe, privacy mode)
  }
}

export interface StoredKey {
  apiKey: string;
  remember: boolean;
}

const NO_KEY: StoredKey = { apiKey: '', remember: false };

function moveLegacyKey(): void {
  for (const kind of ['local', 'session'] as const) {
    const storage = safeStorage(kind);
    const legacy = storage?.getItem(LEGACY_NAME);
    if (!storage || !legacy) continue;
    if (!storage.getItem(PREFIX + MIGRATED_CONNECTION_ID))
      storage.setItem(PREFIX + MIGRATED_CONNECTION_ID, legacy);
    storage.removeItem(LEGACY_NAME);
  }
}

// Keys read from storage, so selectors get the same object every render.
const readCache = new Map<string, StoredKey>();

function readKey(connectionId: string): StoredKey {
  const cached = readCache.get(connectionId);
  if (cached) return cached;
  const read = readStoredKey(connectionId);
  readCache.set(connectionId, read);
  return read;
}

function readStoredKey(connectionId: string): StoredKey {
  const remembered = safeStorage('local')?.getItem(PREFIX + connectionId);
  if (remembered) return { apiKey: remembered, remember: true };
  return { apiKey: safeStorage('session')?.getItem(PREFIX + connectionId) ?? '', remember: false };
}

interface KeyState {
  keys: Record<string, StoredKey>;
  keyFor(connectionId: string): StoredKey;
  setKey(connectionId: string, apiKey: string, remember: boolean): void;
  forget(connectionId: string): void;
}

export const useKeyStore = create<KeyState>()((set, get) => ({
  keys: {},
  keyFor(connectionId) {
    return get().keys[connectionId] ?? readKey(connectionId);
  },
  setKey(connectionId, apiKey, remember) {
    const keep = remember ? safeStorage('local') : safeStorage('session');
    const drop = remember ? safeStorage('session') : safeStorage('local');
    drop?.removeItem(PREFIX + connectionId);
    if (apiKey === '') keep?.removeItem(PREFIX + connectionId);
    else keep?.setItem(PREFIX + connectionId, apiKey);
    set((s) => ({ keys: { ...s.keys, [connectionId]: { apiKey, remember } } }));
  },
  forget(connectionId) {
    safeStorage('local')?.removeItem(PREFIX + connectionId);
    safeStorage('session')?.removeItem(PREFIX + connectionId);
    set((s) => ({ keys: { ...s.keys, [connectionId]: NO_KEY } }));
  },
}));

moveLegacyKey();

/** The key of the active connection, outside React. */
export function activeApiKey(): string {
  return useKeyStore.getState().keyFor(selectConnection(usePlayground.getState()).id).apiKey;
}

/** The active connection's key, re-rendering when it or the connection changes. */
export function useActiveKey(): StoredKey {
  const id = usePlayground((s) => selectConnection(s).id);
  return useKeyStore((s) => s.keyFor(id));
}
