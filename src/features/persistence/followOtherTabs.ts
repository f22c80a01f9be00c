import { createTabFollower } from '../../core/persistence/tabFollower';
import { reloadFor } from '../../lib/crossTabStores';
import { useRunStore } from '../run/runStore';

/**
 * Keeps this tab in step with other tabs of the playground: a store another
 * tab saves is loaded again here (see tabFollower.ts for when).
 */
export function followOtherTabs(): void {
  let local: Storage | null = null;
  try {
    local = window.localStorage;
  } catch {
    return; // storage denied: nothing is shared between tabs
  }
  const follower = createTabFollower({
    isKnown: (key) => reloadFor(key) !== undefined,
    isBusy: () => useRunStore.getState().active !== null,
    reload: (key) => void reloadFor(key)?.(),
  });
  window.addEventListener('storage', (event) => {
    // A null key is a clear() of all storage; each store's next save tells us more.
    if (event.storageArea === local && event.key !== null) follower.saved(event.key);
  });
  useRunStore.subscribe((s, previous) => {
    if (previous.active && !s.active) follower.idle();
  });
}
