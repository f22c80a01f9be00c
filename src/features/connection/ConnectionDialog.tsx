import { Dialog } from 'radix-ui';
import { useUi } from '../../stores/uiStore';
import { ConnectionForm } from './ConnectionForm';

export function ConnectionDialog() {
  const open = useUi((s) => s.connectionOpen);
  const openConnection = useUi((s) => s.openConnection);
  const closeConnection = useUi((s) => s.closeConnection);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? openConnection() : closeConnection())}>
      <Dialog.Trigger asChild>
        <button type="button">Connection</button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby="connection-desc">
          <Dialog.Title>Connection</Dialog.Title>
          <Dialog.Description id="connection-desc" className="fine">
            Where requests go and the key they carry. Keys never leave this browser except in the
            request header.
          </Dialog.Description>
          {open && <ConnectionForm />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
