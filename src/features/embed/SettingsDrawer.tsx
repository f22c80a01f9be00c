import { Dialog } from 'radix-ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { ConnectionSwitcher } from '../connection/ConnectionSwitcher';
import { SystemMessage } from '../conversation/SystemMessage';
import { ModelPicker } from '../models/ModelPicker';
import { ParameterPanel } from '../parameters/ParameterPanel';
import { useConfig } from '../../stores/configStore';
import { selectConnection, usePlayground } from '../../stores/playgroundStore';
import { useEmbed } from './embedStore';

const InBrowserPanel = lazy(() =>
  import('../inbrowser/InBrowserPanel').then((m) => ({ default: m.InBrowserPanel })),
);

/** Read-only while the host locked it: a disabled fieldset disables every control inside. */
function Lockable({
  locked,
  label,
  children,
}: {
  locked: boolean;
  label: string;
  children: ReactNode;
}) {
  return locked ? (
    <fieldset className="embed-locked" disabled aria-label={`${label} (set by the host page)`}>
      {children}
    </fieldset>
  ) : (
    children
  );
}

function ConnectionSection() {
  const host = useEmbed((s) => s.hostConnection);
  const editing = useConfig((s) => s.config.features.connectionEditing);
  const inBrowser = usePlayground((s) => selectConnection(s).provider === 'inbrowser');
  return (
    <>
      {host ? (
        <p className="fine">
          Connected by the host page{host.baseUrl ? ` to ${host.baseUrl}` : ''}.
        </p>
      ) : (
        editing && <ConnectionSwitcher />
      )}
      {inBrowser && (
        <Suspense fallback={null}>
          <InBrowserPanel />
        </Suspense>
      )}
    </>
  );
}

function HostApiNote() {
  const api = useEmbed((s) => s.api);
  const origins = useEmbed((s) => s.origins);
  if (api === 'off')
    return (
      <p className="fine">
        Host control is off: this deployment allows no embedding origin (config.json{' '}
        <code>embed.allowedOrigins</code>).
      </p>
    );
  return origins.length > 0 ? (
    <p className="fine">Host control allowed for {origins.join(', ')}.</p>
  ) : null;
}

/** The model and its parameters, out of the way of the conversation. */
export function SettingsDrawer() {
  const locks = useEmbed((s) => s.locks);
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <button type="button">Settings</button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="embed-drawer" aria-describedby={undefined}>
          <div className="embed-drawer-head">
            <Dialog.Title>Settings</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" aria-label="Close settings">
                ✕
              </button>
            </Dialog.Close>
          </div>
          <ConnectionSection />
          <Lockable locked={locks.model} label="Model">
            <ModelPicker />
          </Lockable>
          <Lockable locked={locks.system} label="System message">
            <SystemMessage />
          </Lockable>
          {/* The panel's own lock also covers what a fieldset cannot disable (sliders). */}
          <Lockable locked={locks.parameters} label="Parameters">
            <ParameterPanel lockAll={locks.parameters} />
          </Lockable>
          <HostApiNote />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
