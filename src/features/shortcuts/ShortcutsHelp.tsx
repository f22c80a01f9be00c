import { lazy, Suspense, useRef, useState } from 'react';

const loadPopover = () => import('./ShortcutsPopover');
// The popover code (Radix Popover and its positioning) loads on first use.
const ShortcutsPopover = lazy(loadPopover);

export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void loadPopover()}
        onFocus={() => void loadPopover()}
        onClick={() => setOpen((o) => !o)}
      >
        ⌨
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShortcutsPopover anchor={trigger} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
