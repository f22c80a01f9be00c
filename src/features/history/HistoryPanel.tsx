import { useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryListItem } from '../../core/history/listItem';
import { hasCurrentWork } from '../../core/history/restore';
import { usePlayground } from '../../stores/playgroundStore';
import { ConfirmDialog } from './ConfirmDialog';
import { getRun } from './historyDb';
import { useHistory } from './historyStore';
import { restoreEntry } from './restoreEntry';
import { useRunSearch } from './useRunSearch';
import { toast } from '../toast/toast';
import './history.css';

function when(item: HistoryListItem): string {
  return new Date(item.startedAt).toLocaleString();
}

function HistoryItem({
  item,
  onRestore,
  onDelete,
}: {
  item: HistoryListItem;
  onRestore(): void;
  onDelete(): void;
}) {
  const titleId = `history-title-${item.id}`;
  return (
    <li className="history-item" aria-labelledby={titleId}>
      <div className="history-meta">
        <strong>{item.model}</strong>
        <span>{item.connectionLabel}</span>
        <time dateTime={new Date(item.startedAt).toISOString()}>{when(item)}</time>
        {item.status !== 'done' && (
          <span className={`badge badge-${item.status}`}>{item.status}</span>
        )}
      </div>
      <p className="history-title" id={titleId}>
        {item.title || '(no user message)'}
      </p>
      <p className="history-answer">{item.outcome}</p>
      <div className="history-foot">
        <span className="fine">{item.facts}</span>
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

type Pending = { kind: 'restore'; item: HistoryListItem } | { kind: 'clear' } | null;

/** The "History" tab: every kept run, newest first, to search, restore or delete. */
export default function HistoryPanel() {
  const { status, items, problem, load, remove, clear } = useHistory();
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState('');
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (useHistory.getState().status === 'idle') void load();
  }, [load]);

  const search = useRunSearch(query, items);
  const { matches } = search;
  const shown = useMemo(
    () => (matches ? items.filter((item) => matches.has(item.id)) : items),
    [items, matches],
  );

  // The full run is read only now: the list keeps what it shows.
  const restore = async (item: HistoryListItem) => {
    try {
      const entry = await getRun(item.id);
      if (!entry) {
        useHistory.setState((s) => ({ items: s.items.filter((i) => i.id !== item.id) }));
        setNotice(
          `The run of ${when(item)} is no longer in the history (deleted in another tab?).`,
        );
        return;
      }
      const note = restoreEntry(entry);
      setNotice(`Restored the run of ${when(item)}.${note ? ` ${note}` : ''}`);
    } catch (error) {
      setNotice(`The run could not be read back: ${String(error)}. Nothing was replaced.`);
    }
  };
  // The pressed Delete button goes with its run: focus moves to the run that
  // takes its place (the next one, else the one before), else to the search box.
  const deleteRun = (item: HistoryListItem, index: number) => {
    // The run leaves the list at once; the database catches up (and reports a failure).
    void remove(item.id);
    toast('Deleted the run from the history.');
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLElement>('[data-history-delete]') ?? [];
      (buttons[Math.min(index, buttons.length - 1)] ?? searchBox.current)?.focus();
    });
  };
  const askRestore = (item: HistoryListItem) => {
    if (hasCurrentWork(usePlayground.getState())) setPending({ kind: 'restore', item });
    else void restore(item);
  };

  if (status === 'disabled')
    return <p className="fine">Run history is off in an embedded playground.</p>;

  return (
    <section className="history" aria-label="Run history">
      <div className="history-toolbar">
        <input
          ref={searchBox}
          type="search"
          aria-label="Search history"
          placeholder="Search model or text"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button
          type="button"
          onClick={() => setPending({ kind: 'clear' })}
          disabled={items.length === 0 || status === 'unavailable'}
        >
          Clear history
        </button>
      </div>
      {(problem ?? search.failed) && (
        <p className="callout callout-error" role="alert">
          {problem ?? search.failed}
        </p>
      )}
      <p className="fine" role="status">
        {notice}
      </p>
      {status === 'loading' || status === 'idle' ? (
        <p className="fine busy-note" aria-busy="true">
          Loading history…
        </p>
      ) : status === 'ready' && items.length === 0 ? (
        <p className="fine">No runs yet. Every run you send is kept here, newest first.</p>
      ) : status === 'ready' && shown.length === 0 && !search.searching ? (
        <p className="fine">No run matches “{query}”.</p>
      ) : null}
      <ul ref={list} className="history-list" aria-label="Runs" aria-busy={search.searching}>
        {shown.map((item, index) => (
          <HistoryItem
            key={item.id}
            item={item}
            onRestore={() => askRestore(item)}
            onDelete={() => deleteRun(item, index)}
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
            ? `All ${items.length} kept runs will be deleted.`
            : 'Restoring brings back that run’s conversation, system message, model and parameters in place of the current ones.'
        }
        confirmLabel={pending?.kind === 'clear' ? 'Clear history' : 'Replace'}
        onCancel={() => setPending(null)}
        fallbackFocus={searchBox}
        onConfirm={() => {
          if (pending?.kind === 'clear') {
            void clear();
            toast('Cleared the run history.');
          } else if (pending?.kind === 'restore') void restore(pending.item);
          setPending(null);
        }}
      />
    </section>
  );
}
