import type { StateStorage } from 'zustand/middleware';
import { isEmbedded } from './embedMode';

/** Reads nothing and keeps nothing. */
const NO_STORAGE: StateStorage = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
};

/**
 * Where the persisted stores keep the user's work: localStorage, except in an
 * embedded frame. An embed is set up by its host on every load, and it may run
 * on the same origin as someone's playground tab: reading that tab's saved
 * work would leak it into the host's session, writing would overwrite it.
 */
export function appStorage(): StateStorage {
  return isEmbedded() ? NO_STORAGE : localStorage;
}
