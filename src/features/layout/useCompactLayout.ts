import { useSyncExternalStore } from 'react';

/**
 * Below this width the side zones leave the page for drawers: three columns
 * no longer fit beside a readable conversation (tablets, phones).
 */
export const COMPACT_QUERY = '(max-width: 1023.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(COMPACT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isCompact = () => window.matchMedia(COMPACT_QUERY).matches;

/** True at tablet and phone widths; read synchronously, so the first render is already right. */
export function useCompactLayout(): boolean {
  return useSyncExternalStore(subscribe, isCompact, () => false);
}
