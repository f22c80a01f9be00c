import { useEffect } from 'react';
import { canAdd, withMinimum } from '../../core/compare/columns';
import { rawParamsFor } from '../../core/config/params';
import { useConfig } from '../../stores/configStore';
import { selectConnection, usePlayground } from '../../stores/playgroundStore';
import { registerCompareSend } from './compareMode';
import { sendAll, stopAll, useCompareRuns } from './compareRuns';
import { newColumnId, useCompareColumns } from './compareStore';
import { CompareColumnView } from './CompareColumnView';
import './compare.css';

/** A new column: the current connection, model and parameters. */
function currentTemplate() {
  const s = usePlayground.getState();
  const connection = selectConnection(s);
  const model = connection.model;
  const raw = model ? rawParamsFor(s.paramsByModel[model], useConfig.getState().config.params) : {};
  return { connectionId: connection.id, model, raw: { ...raw } };
}

/**
 * Compare mode: 2–4 columns that each run the shared system message and
 * conversation (or their own copy of them) on their own connection, model
 * and parameters. The composer's Send runs them all (registered here while
 * the view is shown).
 */
export default function CompareView() {
  const columns = useCompareColumns((s) => s.columns);
  const setColumns = useCompareColumns((s) => s.setColumns);
  const add = useCompareColumns((s) => s.add);
  const connectionIds = usePlayground((s) => s.connections.map((c) => c.id).join('\n'));
  const running = useCompareRuns((s) =>
    Object.values(s.runs).some((r) => r.queued || r.state?.status === 'streaming'),
  );

  useEffect(() => registerCompareSend(sendAll), []);
  // Leaving compare mode stops what is still running.
  useEffect(() => () => stopAll(), []);

  useEffect(() => {
    const current = useCompareColumns.getState().columns;
    const next = withMinimum(current, connectionIds.split('\n'), currentTemplate(), newColumnId);
    if (next.length !== current.length || next.some((c, i) => c !== current[i])) setColumns(next);
  }, [connectionIds, setColumns]);

  return (
    <section className="compare" aria-labelledby="compare-heading">
      <div className="compare-head">
        <h2 id="compare-heading">Compare</h2>
        <p className="fine">
          Send runs the conversation on every column at once. Each column has its own connection,
          model and parameters, and can have its own prompt.
        </p>
        <div className="row">
          <button
            type="button"
            disabled={!canAdd(columns) || running}
            onClick={() => add({ ...currentTemplate(), id: newColumnId() })}
          >
            Add column
          </button>
          {running && (
            <button type="button" className="danger" onClick={stopAll}>
              Stop all
            </button>
          )}
        </div>
      </div>
      <div className="compare-columns" data-count={columns.length}>
        {columns.map((column, index) => (
          <CompareColumnView key={column.id} column={column} index={index} count={columns.length} />
        ))}
      </div>
    </section>
  );
}
