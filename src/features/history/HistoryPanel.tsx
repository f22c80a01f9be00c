import { useEffect, useMemo, useRef, useState } from 'react';
import { entryTitle, matchesQuery, type HistoryEntry } from '../../core/history/entry';
import { hasCurrentWork } from '../../core/history/restore';
import { usePlayground } from '../../stores/playgroundStore';
import { ConfirmDialog } from './ConfirmDialog';
import { useHistory } from './historyStore';
import { restoreEntry } from './restoreEntry';
import { toast } from '../toast/toast';
import './history.css';

const PREVIEW_CHARS = 160;

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS)}…` : line;
}

function when(entry: HistoryEntry): string {
  return new Date(entry.startedAt).toLocaleString();
}

function facts(entry: HistoryEntry): string {
  const { usage, durationMs } = entry.summary;
  const parts: string[] = [];
  if (usage?.inputTokens !== undefined || usage?.outputTokens !== undefined)
    parts.push(`${usage.inputTokens ?? '?'} in · ${usage.outputTokens ?? '?'} out tokens`);
  if (typeof durationMs === 'number') parts.push(`${(durationMs / 1000).toFixed(1)} s`);
  return parts.join(' · ');
}

function HistoryItem({
  entry,
  onRestore,
  onDelete,
}: {
  entry: HistoryEntry;
  onRestore(): void;
  onDelete(): void;
}) {
  const titleId = `history-title-${entry.id}`;
  const error = entry.summary.error?.title;
  return (
    <li className="history-item" aria-labelledby={titleId}>
      <div className="history-meta">
        <strong>{entry.model}</strong>
        <span>{entry.connectionLabel}</span>
        <time dateTime={new Date(entry.startedAt).toISOString()}>{when(entry)}</time>
        {entry.status !== 'done' && (
          <span className={`badge badge-${entry.status}`}>{entry.status}</span>
        )}
      </div>
      <p className="history-title" id={titleId}>
        {preview(entryTitle(entry)) || '(no user message)'}
      </p>
      <p className="history-answer">{error ? `Error: ${error}` : preview(entry.answer)}</p>
      <div className="history-foot">
        <span className="fine">{facts(entry)}</span>
        <div className="row">
          <button type="button" onClick={onRestore}>
            Restore
          </button>
          <button type="button" data-history-delete="" onClick={onDelete}>
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}

type Pending = { kind: 'restore'; entry: HistoryEntry } | { kind: 'clear' } | null;

/** The "History" tab: every kept run, newest first, to search, restore or delete. */
export default function HistoryPanel() {
  const { status, entries, problem, load, remove, clear } = useHistory();
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (useHistory.getState().status === 'idle') void load();
  }, [load]);

  const shown = useMemo(() => entries.filter((e) => matchesQuery(e, query)), [entries, query]);

  const restore = (entry: HistoryEntry) => {
    const note = restoreEntry(entry);
    setNotice(`Restored the run of ${when(entry)}.${note ? ` ${note}` : ''}`);
  };
  // The pressed Delete button goes with its run: focus moves to the run that
  // takes its place (the next one, else the one before), else to the search box.
  const deleteRun = (entry: HistoryEntry, index: number) => {
    // The run leaves the list at once; the database catches up (and reports a failure).
    void remove(entry.id);
    toast('Deleted the run from the history.');
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLElement>('[data-history-delete]') ?? [];
      (buttons[Math.min(index, buttons.length - 1)] ?? search.current)?.focus();
    });
  };
  const askRestore = (entry: HistoryEntry) => {
    if (hasCurrentWork(usePlayground.getState())) setPending({ kind: 'restore', entry });
    else restore(entry);
  };

  if (status === 'disabled')
    return <p className="fine">Run history is off in an embedded playground.</p>;

  return (
    <section className="history" aria-label="Run history">
      <div className="history-toolbar">
        <input
          ref={search}
          type="search"
          aria-label="Search history"
          placeholder="Search model or text"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button
          type="button"
          onClick={() => setPending({ kind: 'clear' })}
          disabled={entries.length === 0 || status === 'unavailable'}
        >
          Clear history
        </button>
      </div>
      {problem && (
        <p className="callout callout-error" role="alert">
          {problem}
        </p>
      )}
      <p className="fine" role="status">
        {notice}
      </p>
      {status === 'loading' || status === 'idle' ? (
        <p className="fine busy-note" aria-busy="true">
          Loading history…
        </p>
      ) : status === 'ready' && entries.length === 0 ? (
        <p className="fine">No runs yet. Every run you send is kept here, newest first.</p>
      ) : status === 'ready' && shown.length === 0 ? (
        <p className="fine">No run matches “{query}”.</p>
      ) : null}
      <ul ref={list} className="history-list" aria-label="Runs">
        {shown.map((entry, index) => (
          <HistoryItem
            key={entry.id}
            entry={entry}
            onRestore={() => askRestore(entry)}
            onDelete={() => deleteRun(entry, index)}
          />
        ))}
      </ul>
      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.kind === 'clear' ? 'Clear the run history?' : 'Replace the current conversation?'
        }
        description={
          pending?.kind === 'clear'
            ? `All ${entries.length} kept runs will be deleted.`
            : 'Restoring brings back that run’s conversation, system message, model and parameters in place of the current ones.'
        }
        confirmLabel={pending?.kind === 'clear' ? 'Clear history' : 'Replace'}
        onCancel={() => setPending(null)}
        fallbackFocus={search}
        onConfirm={() => {
          if (pending?.kind === 'clear') {
            void clear();
            toast('Cleared the run history.');
          } else if (pending?.kind === 'restore') restore(pending.entry);
          setPending(null);
        }}
      />
    </section>
  );
}
