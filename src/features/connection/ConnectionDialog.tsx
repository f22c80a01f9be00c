import { Dialog } from 'radix-ui';
import { lazy, Suspense } from 'react';
import { useConfig } from '../../stores/configStore';
import { useUi } from '../../stores/uiStore';

// The form, the presets and their hints load when the dialog first opens.
const ConnectionForm = lazy(() => import('./ConnectionForm'));

export function ConnectionDialog() {
  const open = useUi((s) => s.connectionOpen);
  const openConnection = useUi((s) => s.openConnection);
  const closeConnection = useUi((s) => s.closeConnection);
  // With editing off the dialog still opens when a key is needed, for the key alone.
  const editing = useConfig((s) => s.config.features.connectionEditing);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? openConnection() : closeConnection())}>
      {editing && (
        <Dialog.Trigger asChild>
          <button type="button">Connection</button>
        </Dialog.Trigger>
      )}
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby="connection-desc">
          <Dialog.Title>Connection</Dialog.Title>
          <Dialog.Description id="connection-desc" className="fine">
            Where requests go and the key they carry. Keys never leave this browser except in the
            request header.
          </Dialog.Description>
          {open && (
            <Suspense fallback={<p className="fine">Loading…</p>}>
              <ConnectionForm />
            </Suspense>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
