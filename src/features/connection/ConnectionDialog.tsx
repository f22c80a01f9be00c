import { lazy, Suspense, useLayoutEffect, useRef } from 'react';
import { useConfig } from '../../stores/configStore';
import { useUi } from '../../stores/uiStore';

// The dialog (Radix Dialog, the form, the presets) loads when it first opens.
const ConnectionDialogView = lazy(() => import('./ConnectionDialogView'));

export function ConnectionDialog() {
  const open = useUi((s) => s.connectionOpen);
  const openConnection = useUi((s) => s.openConnection);
  const closeConnection = useUi((s) => s.closeConnection);
  const trigger = useRef<HTMLButtonElement>(null);
  // Focus goes back to whatever opened the dialog (the welcome, an error card, a shortcut's
  // field), else to the header button. Read when it opens, before focus moves into it.
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    opener.current =
      active instanceof HTMLElement && active !== document.body ? active : trigger.current;
  }, [open]);
  // With editing off the dialog still opens when a key is needed, for the key alone.
  const editing = useConfig((s) => s.config.features.connectionEditing);
  return (
    <>
      {editing && (
        <button
          ref={trigger}
          type="button"
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => openConnection()}
        >
          Connection
        </button>
      )}
      {open && (
        <Suspense fallback={null}>
          <ConnectionDialogView onClose={closeConnection} returnFocusTo={opener} />
        </Suspense>
      )}
    </>
  );
}
