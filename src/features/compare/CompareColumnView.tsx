import { memo, useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { canRemove, type CompareColumn } from '../../core/compare/columns';
import { formatCost, runCost } from '../../core/compare/cost';
import { modelContext } from '../../core/params/registry';
import { runStats, type RunState } from '../../core/stream/runReducer';
import type { ModelInfo } from '../../core/types';
import { Select } from '../../components/ui/Select';
import { useKeyStore } from '../../stores/keyStore';
import { usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { Markdown } from '../markdown/Markdown';
import { PlainText } from '../markdown/PlainText';
import { RawToggle } from '../markdown/RawToggle';
import { useModelsFor } from '../models/useModels';
import { ColumnParams } from './ColumnParams';
import { ColumnPrompt } from './ColumnPrompt';
import {
  adoptColumnAnswer,
  columnBlockers,
  describeColumnBlocker,
  reportColumnInfo,
  stopColumn,
  useCompareRuns,
  type ColumnRun,
} from './compareRuns';
import { useCompareColumns } from './compareStore';

const int = new Intl.NumberFormat('en-US');
const one = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function ms(value: number): string {
  return value >= 1000 ? `${one.format(value / 1000)} s` : `${int.format(Math.round(value))} ms`;
}

/** TTFT, speed, tokens and cost, as far as they are known yet. */
function statsText(state: RunState, info: ModelInfo | undefined): string {
  const stats = runStats(state);
  const parts: string[] = [];
  parts.push(`TTFT ${stats.ttftMs !== undefined ? ms(stats.ttftMs) : '—'}`);
  if (stats.tokensPerSecond !== undefined)
    parts.push(`${one.format(stats.tokensPerSecond)} tok/s${stats.estimated ? ' (est.)' : ''}`);
  const input = state.usage?.inputTokens;
  const output = state.usage?.outputTokens ?? stats.outputTokens;
  parts.push(
    `${input !== undefined ? int.format(input) : '—'} in · ${
      output !== undefined ? int.format(output) : '—'
    } out${state.usage?.outputTokens === undefined && output !== undefined ? ' (est.)' : ''}`,
  );
  const cost = runCost(state.usage, info);
  parts.push(cost !== undefined ? formatCost(cost) : 'cost unknown');
  return parts.join(' · ');
}

const STATUS: Record<string, string> = {
  streaming: 'Streaming…',
  done: 'Done',
  stopped: 'Stopped',
  incomplete: 'Incomplete',
  error: 'Failed',
};

/**
 * The answer's text as markdown (or its source, in Raw). Up to four columns
 * stream at once: the text is a deferred value, so a burst of frames
 * renders once when the main thread is busy, and statistics updates alone
 * do not re-render it.
 */
const AnswerText = memo(function AnswerText({
  text,
  streaming,
  raw,
}: {
  text: string;
  streaming: boolean;
  raw: boolean;
}) {
  const shown = useDeferredValue(text);
  if (shown === '') return null;
  return raw ? (
    <PlainText text={shown} streaming={streaming} />
  ) : (
    <Markdown text={shown} streaming={streaming} />
  );
});

function ColumnAnswer({
  run,
  info,
  label,
  columnId,
  unsynced,
}: {
  run: ColumnRun | undefined;
  info: ModelInfo | undefined;
  label: string;
  columnId: string;
  unsynced: boolean;
}) {
  const [raw, setRaw] = useState(false);
  const noteId = useId();
  if (!run) return <p className="fine">Send to run this column.</p>;
  if (run.queued)
    return (
      <p className="fine" role="status">
        Waiting for the in-browser engine (it runs one answer at a time)…
      </p>
    );
  const state = run.state;
  if (!state) return <p className="fine">Stopped before it started.</p>;
  const choice = state.choices[0];
  const error = run.summary?.error;
  const streaming = state.status === 'streaming';
  return (
    <>
      <p className="compare-status">
        <span className={`badge badge-${state.status}`}>{STATUS[state.status]}</span>
        {choice?.finishReason && (
          <span className="badge badge-muted">finish: {choice.finishReason}</span>
        )}
        {choice?.text && <RawToggle pressed={raw} onPressedChange={setRaw} />}
      </p>
      {choice?.reasoning && (
        <details className="compare-reasoning">
          <summary>Reasoning</summary>
          <p>{choice.reasoning}</p>
        </details>
      )}
      <div className="compare-answer" aria-label={`Answer of ${label}`} aria-busy={streaming}>
        <AnswerText text={choice?.text ?? ''} streaming={streaming} raw={raw} />
        {choice?.toolCalls.map((tc) => (
          <pre key={tc.index} className="compare-tool-call">
            {tc.name}({tc.arguments})
          </pre>
        ))}
      </div>
      {error && (
        <div className="error-card" role="alert">
          <strong>{error.title}</strong>
          {error.detail && <p>{error.detail}</p>}
          <p className="error-action">{error.action}</p>
        </div>
      )}
      <p className="compare-stats" aria-label={`Run statistics of ${label}`}>
        {statsText(state, info)}
      </p>
      <div className="row">
        {streaming ? (
          <button
            type="button"
            className="danger"
            aria-label={`Stop ${label}`}
            onClick={() => stopColumn(columnId)}
          >
            Stop
          </button>
        ) : (
          <>
            <button
              type="button"
              className="primary"
              disabled={!choice || (choice.text === '' && choice.toolCalls.length === 0)}
              aria-describedby={unsynced ? noteId : undefined}
              onClick={() => adoptColumnAnswer(columnId)}
            >
              Use this answer
            </button>
            {unsynced && (
              <span className="fine" id={noteId}>
                With this column&rsquo;s own prompt, which replaces the playground&rsquo;s (Undo
                follows).
              </span>
            )}
          </>
        )}
      </div>
    </>
  );
}

export function CompareColumnView({
  column,
  index,
  count,
}: {
  column: CompareColumn;
  index: number;
  count: number;
}) {
  const label = `column ${index + 1}`;
  const connections = usePlayground((s) => s.connections);
  const connection = connections.find((c) => c.id === column.connectionId);
  const apiKey = useKeyStore((s) => (connection ? s.keyFor(connection.id).apiKey : ''));
  const fallback = connections[0];
  const models = useModelsFor(connection ?? fallback!, apiKey);
  const info = models.data?.find((m) => m.id === column.model);
  const update = useCompareColumns((s) => s.update);
  const move = useCompareColumns((s) => s.move);
  const remove = useCompareColumns((s) => s.remove);
  const columns = useCompareColumns((s) => s.columns);
  const run = useCompareRuns((s) => s.runs[column.id]);
  const attempted = useCompareRuns((s) => s.attempted);
  const running = run?.queued || run?.state?.status === 'streaming';

  useEffect(() => reportColumnInfo(column.id, info), [column.id, info]);

  const ctx = useMemo(
    () =>
      connection && column.model
        ? modelContext(column.model, info, connection.provider, 'chat')
        : null,
    [connection, column.model, info],
  );

  // What blocks this column, re-read whenever what it depends on changes.
  usePlayground((s) => s.messages);
  useUi((s) => s.draft);
  const blockers = attempted ? columnBlockers(column) : [];

  const modelOptions = useMemo(() => {
    const ids = (models.data ?? []).filter((m) => m.status !== 'inactive').map((m) => m.id);
    if (column.model && !ids.includes(column.model)) ids.unshift(column.model);
    return ids.map((id) => ({ value: id, label: id }));
  }, [models.data, column.model]);

  return (
    <section className="compare-column" aria-label={`Column ${index + 1}`}>
      <header className="compare-column-head">
        <h3>Column {index + 1}</h3>
        <div className="compare-column-tools">
          <button
            type="button"
            aria-label={`Move column ${index + 1} left`}
            disabled={index === 0 || running}
            onClick={() => move(column.id, -1)}
          >
            ←
          </button>
          <button
            type="button"
            aria-label={`Move column ${index + 1} right`}
            disabled={index === count - 1 || running}
            onClick={() => move(column.id, 1)}
          >
            →
          </button>
          <button
            type="button"
            aria-label={`Remove column ${index + 1}`}
            disabled={!canRemove(columns) || running}
            onClick={() => remove(column.id)}
          >
            ×
          </button>
        </div>
      </header>
      <div className="compare-column-setup">
        <Select
          label={`Connection for ${label}`}
          value={connection?.id}
          placeholder="Pick a connection"
          options={connections.map((c) => ({ value: c.id, label: c.name }))}
          disabled={running}
          onChange={(id) =>
            update(column.id, {
              connectionId: id,
              model: connections.find((c) => c.id === id)?.model ?? null,
            })
          }
        />
        <Select
          label={`Model for ${label}`}
          value={column.model ?? undefined}
          placeholder={
            !models.keyReady
              ? 'Add the API key first'
              : models.isPending
                ? 'Loading models…'
                : models.isError
                  ? 'Models could not be listed'
                  : 'Pick a model'
          }
          options={modelOptions}
          disabled={running}
          onChange={(model) => update(column.id, { model })}
        />
        <ColumnParams column={column} ctx={ctx} label={label} />
        <ColumnPrompt column={column} label={label} disabled={!!running} />
      </div>
      {blockers.length > 0 && (
        <ul className="blockers" role="alert" aria-label={`Why ${label} cannot run`}>
          {blockers.map((b, i) => (
            <li key={`${b.kind}-${i}`}>{describeColumnBlocker(b)}</li>
          ))}
        </ul>
      )}
      <div className="compare-column-body">
        <ColumnAnswer
          run={run}
          info={info}
          label={label}
          columnId={column.id}
          unsynced={column.own !== undefined}
        />
      </div>
    </section>
  );
}
