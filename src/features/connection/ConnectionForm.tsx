import { Dialog } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import {
  applyPreset,
  finishFields,
  IN_BROWSER_PRESET,
  newConnectionFields,
  presetById,
  uniqueName,
  validateBaseUrl,
  type ConnectionFields,
} from '../../core/connections/connectionDraft';
import { connectionNeedsKey, networkHintFor } from '../../core/connections/connectionRules';
import { guessPreset, PRESETS } from '../../core/dialects/presets';
import { IN_BROWSER_CONNECTION_ID } from '../../core/persistence/persistedState';
import type { ProviderId } from '../../core/types';
import { Field } from '../../components/ui/Field';
import { Select } from '../../components/ui/Select';
import { Switch } from '../../components/ui/Switch';
import { useConfig } from '../../stores/configStore';
import { useKeyStore } from '../../stores/keyStore';
import { selectConnection, usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { toast } from '../toast/toast';

const NEW = 'new';

const PRESET_OPTIONS = [
  { value: IN_BROWSER_PRESET, label: 'In-browser (llama.cpp), no server' },
  ...PRESETS.map((p) => ({ value: p.id, label: p.label })),
];

const PROVIDER_OPTIONS: { value: ProviderId; label: string }[] = [
  { value: 'sippulse', label: 'SipPulse' },
  { value: 'openai', label: 'OpenAI-compatible' },
  { value: 'inbrowser', label: 'In-browser (llama.cpp)' },
];

/** Which connection the form edits: the active one, or a new one when that is the built-in engine. */
function initialTarget(): string {
  const active = selectConnection(usePlayground.getState());
  return active.id === IN_BROWSER_CONNECTION_ID ? NEW : active.id;
}

function fieldsOf(target: string): ConnectionFields {
  const saved = usePlayground.getState().connections.find((c) => c.id === target);
  return saved ? { ...saved } : newConnectionFields();
}

export default function ConnectionForm() {
  const connections = usePlayground((s) => s.connections);
  const { saveConnection, switchConnection, deleteConnection } = usePlayground.getState();
  const { keyFor, setKey } = useKeyStore.getState();
  const { closeConnection, connectionReason } = useUi();
  // The welcome's ways in open the form on a new connection from a preset.
  const [target, setTarget] = useState(() =>
    useUi.getState().connectionPreset ? NEW : initialTarget(),
  );
  const [fields, setFields] = useState(() => {
    const preset = useUi.getState().connectionPreset;
    return preset ? newConnectionFields(preset) : fieldsOf(target);
  });
  const [key, setKeyText] = useState(() => keyFor(target).apiKey);
  const [keep, setKeep] = useState(() => keyFor(target).remember);
  const [showKey, setShowKey] = useState(false);
  const [touched, setTouched] = useState(false);
  // config.json can turn connection editing off: then only the key can be changed here.
  const editing = useConfig((s) => s.config.features.connectionEditing);

  const inBrowser = fields.provider === 'inbrowser';
  const urlError = inBrowser ? undefined : validateBaseUrl(fields.baseUrl);
  const preset = presetById(fields.preset);
  const needsKey = connectionNeedsKey(fields);
  const hint = inBrowser ? undefined : networkHintFor(fields, window.location.origin);
  const editable = connections.filter((c) => c.id !== IN_BROWSER_CONNECTION_ID);

  const retarget = (next: string) => {
    setTarget(next);
    setFields(fieldsOf(next));
    setKeyText(keyFor(next).apiKey);
    setKeep(keyFor(next).remember);
    setTouched(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (urlError) return;
    if (inBrowser) {
      switchConnection(IN_BROWSER_CONNECTION_ID);
      closeConnection();
      return;
    }
    const finished = finishFields(fields);
    const others = connections.filter((c) => c.id !== target);
    const name = target === NEW ? uniqueName(finished.name, others) : finished.name;
    const id = saveConnection(target === NEW ? null : target, { ...finished, name });
    switchConnection(id);
    setKey(id, key.trim(), keep);
    closeConnection();
    toast(`Connection saved: ${name}`);
  };

  return (
    <form onSubmit={submit} noValidate>
      {connectionReason && (
        <p className="callout callout-error" role="alert">
          {connectionReason}
        </p>
      )}
      {!editing && (
        <p className="fine">
          {fields.name} ({fields.baseUrl}). This deployment fixes where requests go; you only
          provide the key.
        </p>
      )}
      {editing && (
        <>
          <div className="field">
            <span className="field-label">Saved connection</span>
            <Select
              label="Saved connection"
              value={target}
              options={[
                ...editable.map((c) => ({ value: c.id, label: c.name })),
                { value: NEW, label: 'New connection…' },
              ]}
              onChange={retarget}
            />
          </div>
          <div className="field">
            <span className="field-label">Preset</span>
            <Select
              label="Preset"
              value={fields.preset}
              options={PRESET_OPTIONS}
              onChange={(id) => setFields((f) => applyPreset(f, id))}
            />
            {preset?.note && <p className="field-hint">{preset.note}</p>}
          </div>
          <div className="field">
            <span className="field-label">Provider</span>
            <Select
              label="Provider"
              value={fields.provider}
              options={PROVIDER_OPTIONS}
              onChange={(value) => {
                const provider = value as ProviderId;
                setFields((f) =>
                  provider === 'inbrowser'
                    ? applyPreset(f, IN_BROWSER_PRESET)
                    : { ...f, provider, preset: guessPreset(provider, f.baseUrl) },
                );
              }}
            />
          </div>
        </>
      )}
      {inBrowser ? (
        <p className="fine">
          Runs GGUF models inside this page with llama.cpp (WebAssembly): no server, no key, and
          nothing leaves your browser. Pick or open a model in the side panel.
        </p>
      ) : (
        <>
          {editing && (
            <>
              <Field
                id="connection-name"
                label="Name"
                hint="How it appears in the connection switcher."
              >
                <input
                  id="connection-name"
                  type="text"
                  value={fields.name}
                  onChange={(e) => setFields((f) => ({ ...f, name: e.target.value }))}
                  autoComplete="off"
                />
              </Field>
              <Field
                id="base-url"
                label="Base URL"
                error={touched ? urlError : undefined}
                hint="The API's address. Requests go from your browser straight to it."
              >
                <input
                  id="base-url"
                  type="url"
                  value={fields.baseUrl}
                  onChange={(e) =>
                    setFields((f) => ({
                      ...f,
                      baseUrl: e.target.value,
                      preset:
                        f.preset === 'custom' || f.provider === 'inbrowser'
                          ? f.preset
                          : guessPreset(f.provider, e.target.value),
                    }))
                  }
                  onBlur={() => setTouched(true)}
                  aria-invalid={touched && urlError ? true : undefined}
                  autoComplete="url"
                  spellCheck={false}
                />
              </Field>
            </>
          )}
          <Field
            id="api-key"
            label="API key"
            hint={
              <>
                {needsKey ? '' : 'Optional for this server. '}
                {keep
                  ? 'Stored on this device until you remove it.'
                  : 'Kept for this browser tab only.'}
                {preset?.keyUrl && (
                  <>
                    {' '}
                    <a href={preset.keyUrl} target="_blank" rel="noreferrer">
                      Get a key
                    </a>
                  </>
                )}
              </>
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
          {hint && (
            <details className="fine">
              <summary>If the browser cannot reach it</summary>
              <p>{hint}</p>
            </details>
          )}
        </>
      )}
      <div className="dialog-actions">
        {editing && target !== NEW && !inBrowser && (
          <button
            type="button"
            className="danger"
            onClick={() => {
              useKeyStore.getState().forget(target);
              deleteConnection(target);
              closeConnection();
            }}
          >
            Delete connection
          </button>
        )}
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
