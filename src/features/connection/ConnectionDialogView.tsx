import { focusBack } from '../../components/ui/focusBack';
import { Dialog } from 'radix-ui';
import { lazy, Suspense, type RefObject } from 'react';

// The form, the presets and their hints load with the dialog.
const ConnectionForm = lazy(() => import('./ConnectionForm'));

/** The open connection dialog (Radix Dialog): loads when it first opens. */
export default function ConnectionDialogView({
  onClose,
  returnFocusTo,
}: {
  onClose(): void;
  /** What opened the dialog (the header button, the welcome…): focus goes back there on close. */
  returnFocusTo: RefObject<HTMLElement | null>;
}) {
  return (
    <Dialog.Root open onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          aria-describedby="connection-desc"
          onCloseAutoFocus={(e) => focusBack(e, returnFocusTo)}
        >
          <Dialog.Title>Connection</Dialog.Title>
          <Dialog.Description id="connection-desc" className="fine">
            Where requests go and the key they carry. Keys never leave this browser except in the
            request header.
          </Dialog.Description>
          <Suspense fallback={<p className="fine">Loading…</p>}>
            <ConnectionForm />
          </Suspense>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
