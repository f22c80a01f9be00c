import { Command } from 'cmdk';
import { Popover } from 'radix-ui';
import { useEffect, useRef, useState } from 'react';
import type { ModelInfo } from '../../core/types';
import { RequestFailure } from '../../lib/requestFailure';
import { selectModel, usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { CapabilityBadges } from './CapabilityBadges';
import { useModels } from './useModels';

function ModelStatusNote({ model }: { model: ModelInfo }) {
  if (model.status === 'deprecated') return <span className="badge badge-warn">deprecated</span>;
  if (model.status === 'inactive') return <span className="badge badge-muted">inactive</span>;
  return null;
}

function ListState() {
  const { isPending, isError, error, data, keyReady, refetch, isFetching } = useModels();
  const openConnection = useUi((s) => s.openConnection);
  if (!keyReady)
    return (
      <p className="list-state" role="status">
        Add your API key to list the models.{' '}
        <button type="button" className="link" onClick={() => openConnection()}>
          Open connection settings
        </button>
      </p>
    );
  if (isPending)
    return (
      <p className="list-state" role="status" aria-busy="true">
        Loading models…
      </p>
    );
  if (isError) {
    const failure = error instanceof RequestFailure ? error : undefined;
    const unauthorized = failure?.wire.status === 401 || failure?.wire.status === 403;
    return (
      <div className="list-state list-error" role="alert">
        <p>
          {unauthorized
            ? 'The API key was rejected. Check it in Connection settings.'
            : failure?.network
              ? 'The server could not be reached. Check the Base URL; the browser may also block it (CORS).'
              : `The models could not be listed: ${error.message}`}
        </p>
        <div className="row">
          <button type="button" onClick={() => void refetch()} disabled={isFetching}>
            {isFetching ? 'Retrying…' : 'Retry'}
          </button>
          <button type="button" onClick={() => openConnection()}>
            Connection settings
          </button>
        </div>
      </div>
    );
  }
  if (data.length === 0)
    return (
      <p className="list-state" role="status">
        This server lists no models for your key.
      </p>
    );
  return null;
}

/** Opens the connection dialog once per rejected key, saying why. */
function useOpenConnectionOnUnauthorized() {
  const { error } = useModels();
  const openConnection = useUi((s) => s.openConnection);
  const handled = useRef<unknown>(null);
  useEffect(() => {
    if (!(error instanceof RequestFailure) || handled.current === error) return;
    if (error.wire.status === 401 || error.wire.status === 403) {
      handled.current = error;
      openConnection('The API key was rejected (HTTP 401). Check it and save again.');
    }
  }, [error, openConnection]);
}

export function ModelPicker() {
  const [open, setOpen] = useState(false);
  const model = usePlayground(selectModel);
  const setModel = usePlayground((s) => s.setModel);
  const { data, refetch, isFetching, keyReady } = useModels();
  useOpenConnectionOnUnauthorized();
  const selected = data?.find((m) => m.id === model);

  return (
    <div className="field">
      <div className="field-label-row">
        <span className="field-label" id="model-label">
          Model
        </span>
        {keyReady && (
          <button
            type="button"
            className="icon-button"
            onClick={() => void refetch()}
            disabled={isFetching}
            aria-label="Refresh models"
            title="Refresh models"
          >
            ↻
          </button>
        )}
      </div>
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          <button
            type="button"
            role="combobox"
            aria-label="Model"
            aria-expanded={open}
            aria-haspopup="listbox"
            className="model-trigger"
          >
            <span className="model-trigger-name">{model ?? 'Choose a model'}</span>
            {selected && <CapabilityBadges model={selected} />}
            <span aria-hidden="true">▾</span>
          </button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            className="popover model-popover"
            align="start"
            sideOffset={4}
            aria-label="Choose a model"
          >
            <Command label="Search models" loop>
              <Command.Input placeholder="Search models…" autoFocus />
              <ListState />
              <Command.List>
                {data && data.length > 0 && <Command.Empty>No model matches.</Command.Empty>}
                {data?.map((m) => (
                  <Command.Item
                    key={m.id}
                    value={m.id}
                    onSelect={() => {
                      setModel(m.id);
                      setOpen(false);
                    }}
                    className={`model-option status-${m.status}`}
                  >
                    <span className="model-option-name">{m.id}</span>
                    <ModelStatusNote model={m} />
                    <CapabilityBadges model={m} />
                  </Command.Item>
                ))}
              </Command.List>
            </Command>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      {!data && <ListState />}
      {selected?.status === 'deprecated' && (
        <p className="field-warning" role="note">
          {selected.id} is deprecated: it still answers for now, but may be removed. Prefer a newer
          model.
        </p>
      )}
      {selected?.status === 'inactive' && (
        <p className="field-warning" role="note">
          {selected.id} is inactive: the server may refuse requests to it.
        </p>
      )}
    </div>
  );
}
