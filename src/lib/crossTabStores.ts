// Persisted stores register here, by their storage key, so that a tab can
// load one again when another tab of the same playground saves it.

type Reload = () => Promise<void> | void;

const reloads = new Map<string, Reload>();

interface Persisted {
  persist: { getOptions(): { name?: string }; rehydrate(): Promise<void> | void };
}

/** Makes `store` follow what other tabs save under its key (see followOtherTabs). */
export function followAcrossTabs(store: Persisted): void {
  const name = store.persist.getOptions().name;
  if (name) reloads.set(name, () => store.persist.rehydrate());
}

/** The reload of the store saved under `key`, if one registered. */
export function reloadFor(key: string): Reload | undefined {
  return reloads.get(key);
}
