import { lazy, Suspense } from 'react';
import { useStorageHealth } from '../../stores/storageHealth';

// Rarely needed: the banners load only when storage has something to report.
const StorageBanners = lazy(() => import('./StorageBanners'));

/** Unreadable saved data and a full storage quota, reported without blocking anything. */
export function StorageNotices() {
  const show = useStorageHealth(
    (s) => s.damaged.length > 0 || (s.fullKeys.length > 0 && !s.quotaDismissed),
  );
  return show ? (
    <Suspense fallback={null}>
      <StorageBanners />
    </Suspense>
  ) : null;
}
