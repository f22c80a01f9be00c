import { focusBack } from '../../components/ui/focusBack';
import { Dialog } from 'radix-ui';
import type { ReactNode, RefObject } from 'react';

/** An open side drawer (a modal Radix Dialog from one side); loads the first time one opens. */
export default function DrawerView({
  label,
  side,
  onClose,
  returnFocusTo,
  children,
}: {
  label: string;
  side: 'start' | 'end';
  onClose(): void;
  returnFocusTo: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  return (
    <Dialog.Root open onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className={`drawer drawer-${side}`}
          aria-describedby={undefined}
          onCloseAutoFocus={(e) => focusBack(e, returnFocusTo)}
        >
          <div className="drawer-head">
            <Dialog.Title>{label}</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="icon-button" aria-label="Close">
                ✕
              </button>
            </Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
