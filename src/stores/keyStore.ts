import { create } from 'zustand';

// The API key is kept apart from everything else the app persists: it lives
// in sessionStorage (gone with the tab) unless the user asks to remember it.
const KEY_NAME = 'llm-playground:api-key';

function safeStorage(kind: 'local' | 'session'): Storage | undefined {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined; // storage blocked (sandboxed iframe, privacy mode)
  }
}

function readInitial(): { apiKey: string; remember: boolean } {
  const remembered = safeStorage('local')?.getItem(KEY_NAME);
  if (remembered) return { apiKey: remembered, remember: true };
  return { apiKey: safeStorage('session')?.getItem(KEY_NAME) ?? '', remember: false };
}

interface KeyState {
  apiKey: string;
  remember: boolean;
  setKey(apiKey: string, remember: boolean): void;
}

export const useKeyStore = create<KeyState>()((set) => ({
  ...readInitial(),
  setKey(apiKey, remember) {
    const keep = remember ? safeStorage('local') : safeStorage('session');
    const drop = remember ? safeStorage('session') : safeStorage('local');
    drop?.removeItem(KEY_NAME);
    if (apiKey === '') keep?.removeItem(KEY_NAME);
    else keep?.setItem(KEY_NAME, apiKey);
    set({ apiKey, remember });
  },
}));
