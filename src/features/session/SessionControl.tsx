import { useEffect, type KeyboardEvent } from 'react';
import { deferred, type Intent } from '../../components/ui/deferred';

const OPEN_KEYS = new Set([' ', 'Enter', 'ArrowDown']);
const isShareLink = () => window.location.hash.startsWith('#share=');

/** The menu's trigger as Radix renders it, until the menu's code is wanted. */
function SessionPlaceholder({ onIntent }: { onIntent(intent: Partial<Intent>): void }) {
  useEffect(() => {
    // A share link needs the menu's code at once: it asks before replacing work.
    const check = () => {
      if (isShareLink()) onIntent({});
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [onIntent]);
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      onPointerEnter={() => onIntent({})}
      onFocus={() => onIntent({ focus: true })}
      onPointerDown={(e) => {
        if (e.button === 0) onIntent({ open: true });
      }}
      onKeyDown={(e: KeyboardEvent) => {
        if (OPEN_KEYS.has(e.key)) {
          e.preventDefault();
          onIntent({ open: true, focus: true });
        }
      }}
    >
      Session
    </button>
  );
}

/** Export, import and share the session; the menu, dialogs and validator load on demand. */
export const SessionControl = deferred<object>(() => import('./SessionMenu'), SessionPlaceholder);
