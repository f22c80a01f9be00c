import { useEffect, useRef, useState } from 'react';
import { maskText } from '../../core/security/secrets';
import { RequestFailure } from '../../lib/requestFailure';
import { activeApiKey } from '../../stores/keyStore';
import { selectModel, usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { useModels } from './useModels';
import { ModelTrigger } from './ModelTrigger';

export function ListState() {
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
      <p className="list-state busy-note" role="status" aria-busy="true">
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
              : // Some servers quote the key they rejected.
                `The models could not be listed: ${maskText(error.message, [activeApiKey()])}`}
        </p>
        <div className="row">
          <button
            type="button"
            className="busy-button"
            onClick={() => void refetch()}
            disabled={isFetching}
            aria-busy={isFetching}
          >
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
        This server lists no models for your key. Check that the key may use models, or connect
        elsewhere:{' '}
        <button type="button" className="link" onClick={() => openConnection()}>
          Open connection settings
        </button>
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
            aria-busy={isFetching}
            aria-label="Refresh models"
            title="Refresh models"
          >
            ↻
          </button>
        )}
      </div>
      <ModelTrigger
        open={open}
        onOpenChange={setOpen}
        model={model}
        selected={selected}
        models={data}
        onChoose={setModel}
      />
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
