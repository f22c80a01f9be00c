import './storage.css';
import type { DamagedItem } from '../../core/persistence/guardedStorage';
import { damagedText, discardDamaged } from '../../lib/appStorage';
import { useStorageHealth } from '../../stores/storageHealth';
import { toast } from '../toast/toast';

/** What each key holds, in the user's words. */
const WHAT: Record<string, string> = {
  'llm-playground:state': 'connections, conversation and parameters',
  'llm-playground:tools': 'tools',
  'llm-playground:response-format': 'response format and schema',
  'llm-playground:thinking': 'extended thinking settings',
  'llm-playground:code-view': 'View code preferences',
  'llm-playground:partial-run': 'the answer that was streaming',
};

function describeKey(key: string): string {
  return WHAT[key] ?? key;
}

function download(item: DamagedItem): void {
  const blob = new Blob([damagedText(item)], { type: 'text/plain' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${item.key.replace(/[^a-z0-9-]+/gi, '-')}-saved-data.txt`;
  link.click();
  // The click has started the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  toast(`Downloading ${link.download}.`);
}

function DamagedBanner({ items }: { items: DamagedItem[] }) {
  const dismiss = () => {
    for (const item of items) discardDamaged(item);
    useStorageHealth.setState({ damaged: [] });
  };
  const several = items.length > 1;
  return (
    <div className="storage-banner callout callout-error" role="alert">
      <p>
        <strong>Some saved data could not be read</strong>, so the playground started with defaults
        for it. The data is kept until you dismiss this: download it to recover what you need.
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            Saved {describeKey(item.key)}{' '}
            <button
              type="button"
              aria-label={several ? `Download saved data: ${describeKey(item.key)}` : undefined}
              onClick={() => download(item)}
            >
              Download saved data
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

function QuotaBanner() {
  return (
    <div className="storage-banner callout storage-banner-warn" role="status">
      <p>
        <strong>Storage is full: your latest changes are not saved.</strong> Everything saved before
        is kept. Export the session (Session menu) to keep a copy of your current work, then clear
        old conversations or remove large images to make room; saving resumes on its own once there
        is room.
      </p>
      <button type="button" onClick={() => useStorageHealth.setState({ quotaDismissed: true })}>
        Dismiss
      </button>
    </div>
  );
}

/** The storage banners (lazy: see StorageNotices). */
export default function StorageBanners() {
  const damaged = useStorageHealth((s) => s.damaged);
  const full = useStorageHealth((s) => s.fullKeys.length > 0 && !s.quotaDismissed);
  return (
    <>
      {damaged.length > 0 && <DamagedBanner items={damaged} />}
      {full && <QuotaBanner />}
    </>
  );
}
