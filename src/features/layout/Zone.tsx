import { lazy, Suspense, useId, useRef, useState, type ReactNode } from 'react';

// Radix Dialog and the drawer's styles wait for the first drawer to open.
const DrawerView = lazy(() => import('./DrawerView'));

interface ZoneProps {
  /** The accessible name of the zone and of the button that shows it. */
  label: string;
  side: 'start' | 'end';
  /** Tablet and phone widths: a drawer instead of a column. */
  compact: boolean;
  open: boolean;
  onOpenChange(open: boolean): void;
  children: ReactNode;
}

/**
 * A side zone of the page. On a wide screen, a column that collapses to a
 * narrow rail (a disclosure button named like the zone); on a narrow one, the
 * same button opens it as a drawer (a modal dialog from that side, which
 * gives focus back to the button when it closes).
 */
export function Zone({ label, side, compact, open, onOpenChange, children }: ZoneProps) {
  const contentId = useId();
  if (compact) return <ZoneDrawer label={label} side={side} children={children} />;
  return (
    <aside
      className={`zone zone-${side}`}
      aria-label={label}
      data-collapsed={open ? undefined : ''}
    >
      <button
        type="button"
        className="zone-toggle"
        aria-expanded={open}
        aria-controls={open ? contentId : undefined}
        title={open ? `Collapse ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`}
        onClick={() => onOpenChange(!open)}
      >
        <span className="zone-toggle-icon" aria-hidden="true">
          {(side === 'start') === open ? '«' : '»'}
        </span>
        <span className="zone-toggle-label">{label}</span>
      </button>
      {open && (
        <div id={contentId} className="zone-content">
          {children}
        </div>
      )}
    </aside>
  );
}

function ZoneDrawer({
  label,
  side,
  children,
}: Omit<ZoneProps, 'compact' | 'open' | 'onOpenChange'>) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={`zone-trigger zone-trigger-${side}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <DrawerView
            label={label}
            side={side}
            onClose={() => setOpen(false)}
            returnFocusTo={trigger}
          >
            {children}
          </DrawerView>
        </Suspense>
      )}
    </>
  );
}
