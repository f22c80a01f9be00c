import { AlertDialog } from 'radix-ui';
import { useRef, type RefObject } from 'react';

interface Props {
  open: boolean;
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** Where focus goes when the button that opened it is gone or disabled by the action. */
  fallbackFocus: RefObject<HTMLElement | null>;
}

/** Asks before an action that throws work away; Cancel has the focus. */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  onConfirm,
  onCancel,
  fallbackFocus,
}: Props) {
  // There is no AlertDialog.Trigger (one dialog serves several buttons), and Radix gives
  // focus back only to a trigger: the button focused when it opened is remembered instead.
  const opener = useRef<HTMLElement | null>(null);
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !next && onCancel()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content
          className="dialog"
          onOpenAutoFocus={() => {
            const active = document.activeElement;
            opener.current = active instanceof HTMLElement ? active : null;
          }}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            const back = opener.current;
            const usable = back?.isConnected && !back.matches(':disabled');
            (usable ? back : fallbackFocus.current)?.focus();
          }}
        >
          <AlertDialog.Title>{title}</AlertDialog.Title>
          <AlertDialog.Description className="fine">{description}</AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button">Cancel</button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" className="danger" onClick={onConfirm}>
                {confirmLabel}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
