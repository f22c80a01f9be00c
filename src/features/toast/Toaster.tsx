import { lazy, Suspense, useState } from 'react';
import { useToasts } from './toast';
import './toast.css';
import './busy.css';

const ToastList = lazy(() => import('./ToastList'));

/**
 * The one polite live region for toasts, bottom right. It is our own, not a
 * Radix Toast: that is a dismissable layer, and a toast shown over a dialog
 * took the Escape meant to close the dialog. This region handles no keys and
 * never moves focus. It exists from the first paint (a live region added together with
 * its text is often not read), and its `aria-live` attribute keeps it out of
 * the `aria-hidden` that a modal dialog puts on the rest of the page
 * (aria-hidden's hideOthers spares `[aria-live]`), so a toast over a dialog
 * is seen and announced. The list inside loads with the first toast.
 */
export function Toaster() {
  const any = useToasts((s) => s.toasts.length > 0);
  const [needed, setNeeded] = useState(false);
  if (any && !needed) setNeeded(true);
  return (
    // A landmark, so a screen reader user can go to the toasts and their close buttons.
    <section
      className="toast-region"
      aria-label="Notifications"
      // An open dialog or menu would take a press here for an outside click and close.
      onPointerDown={(e) => e.stopPropagation()}
    >
      <div
        role="status"
        aria-live="polite"
        // Each new toast is read on its own, not the whole stack again.
        aria-atomic="false"
        aria-relevant="additions text"
      >
        {needed && (
          <Suspense fallback={null}>
            <ToastList />
          </Suspense>
        )}
      </div>
    </section>
  );
}
