import { Dialog } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import { availableDialects, dialectFor } from '../../core/dialects';
import type { ProviderId } from '../../core/types';
import { Field } from '../../components/ui/Field';
import { Select } from '../../components/ui/Select';
import { Switch } from '../../components/ui/Switch';
import { useKeyStore } from '../../stores/keyStore';
import { usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';

function validateBaseUrl(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return 'Use an http:// or https:// URL.';
    if (url.username || url.password)
      return 'Do not put credentials in the URL; use the API key field.';
    return undefined;
  } catch {
    return 'Enter a full URL, for example https://api.sippulse.ai';
  }
}

function ConnectionForm() {
  const connection = usePlayground((s) => s.connection);
  const setConnection = usePlayground((s) => s.setConnection);
  const { apiKey, remember, setKey } = useKeyStore();
  const { closeConnection, connectionReason } = useUi();
  const [provider, setProvider] = useState<ProviderId>(connection.provider);
  const [baseUrl, setBaseUrl] = useState(connection.baseUrl);
  const [key, setKeyText] = useState(apiKey);
  const [keep, setKeep] = useState(remember);
  const [showKey, setShowKey] = useState(false);
  const [touched, setTouched] = useState(false);
  const urlError = validateBaseUrl(baseUrl);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (urlError) return;
    setConnection({ provider, baseUrl: baseUrl.trim().replace(/\/+$/, '') });
    setKey(key.trim(), keep);
    closeConnection();
  };

  return (
    <form onSubmit={submit} noValidate>
      {connectionReason && (
        <p className="callout callout-error" role="alert">
          {connectionReason}
        </p>
      )}
      <div className="field">
        <span className="field-label" id="provider-label">
          Provider
        </span>
        <Select
          label="Provider"
          value={provider}
          options={availableDialects.map((d) => ({ value: d.id, label: d.label }))}
          onChange={(value) => {
            const next = value as ProviderId;
            if (baseUrl === dialectFor(provider).defaultBaseUrl)
              setBaseUrl(dialectFor(next).defaultBaseUrl);
            setProvider(next);
          }}
        />
      </div>
      <Field
        id="base-url"
        label="Base URL"
        error={touched ? urlError : undefined}
        hint="The API's address. Requests go from your browser straight to it."
      >
        <input
          id="base-url"
          type="url"
          value={baseUrl}
          onChange={(e) => setBaseUrl(e.target.value)}
          onBlur={() => setTouched(true)}
          aria-invalid={touched && urlError ? true : undefined}
          autoComplete="url"
          spellCheck={false}
        />
      </Field>
      <Field
        id="api-key"
        label="API key"
        hint={
          keep ? 'Stored on this device until you remove it.' : 'Kept for this browser tab only.'
        }
      >
        <div className="row">
          <input
            id="api-key"
            type={showKey ? 'text' : 'password'}
            value={key}
            onChange={(e) => setKeyText(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <button type="button" onClick={() => setShowKey((v) => !v)} aria-pressed={showKey}>
            {showKey ? 'Hide' : 'Show'}
          </button>
        </div>
      </Field>
      <Switch label="Remember key on this device" checked={keep} onChange={setKeep} />
      <div className="dialog-actions">
        <Dialog.Close asChild>
          <button type="button">Cancel</button>
        </Dialog.Close>
        <button type="submit" className="primary">
          Save
        </button>
      </div>
    </form>
  );
}

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
            Where requests go and the key they carry. The key never leaves this browser except in
            the request header.
          </Dialog.Description>
          {open && <ConnectionForm />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
