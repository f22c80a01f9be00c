import { lazy, Suspense, useState } from 'react';
import {
  distinctCount,
  distinctGroups,
  passRate,
  spread,
  type Spread,
} from '../../core/repeat/analysis';
import { runStats } from '../../core/stream/runReducer';
import { Select } from '../../components/ui/Select';
import { useRepeat, type RepeatItem } from './repeatStore';
import { adoptRepeatAnswer, stopRepeat } from './runRepeat';
import './repeat.css';

// jsdiff loads when a diff is first shown.
const DiffView = lazy(() => import('./DiffView'));

const int = new Intl.NumberFormat('en-US');

function finished(item: RepeatItem): boolean {
  return item.summary !== undefined;
}

function textOf(item: RepeatItem): string {
  return item.state?.choices[0]?.text ?? '';
}

function SpreadRow({
  label,
  value,
  unit,
}: {
  label: string;
  value: Spread | undefined;
  unit: string;
}) {
  const f = (n: number) => `${int.format(Math.round(n))}${unit}`;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{value ? f(value.min) : '—'}</td>
      <td>{value ? f(value.median) : '—'}</td>
      <td>{value ? f(value.max) : '—'}</td>
    </tr>
  );
}

const STATUS_TEXT: Record<string, string> = {
  queued: 'Waiting',
  streaming: 'Streaming…',
  done: 'Done',
  stopped: 'Stopped',
  incomplete: 'Incomplete',
  error: 'Failed',
};

const CHECK_TEXT = { valid: 'Valid', invalid: 'Does not match', 'not-json': 'Not JSON' } as const;

function Answer({
  item,
  index,
  group,
  adopted,
  canAdopt,
}: {
  item: RepeatItem;
  index: number;
  group: number | undefined;
  adopted: boolean;
  canAdopt: boolean;
}) {
  const stats = item.state ? runStats(item.state) : undefined;
  const status = item.state?.status ?? 'queued';
  const statusText = STATUS_TEXT[status] ?? status;
  const error = item.summary?.error;
  const facts: string[] = [];
  if (stats?.durationMs !== undefined) facts.push(`${int.format(Math.round(stats.durationMs))} ms`);
  if (stats?.outputTokens !== undefined)
    facts.push(`${int.format(stats.outputTokens)} tokens${stats.estimated ? ' (est.)' : ''}`);
  return (
    <li>
      <article className="repeat-answer" aria-label={`Answer ${index + 1}`}>
        <p className="repeat-answer-head">
          <strong>#{index + 1}</strong>
          <span className={`badge badge-${status}`}>{statusText}</span>
          {group !== undefined && <span className="badge badge-muted">version {group}</span>}
          {item.check && (
            <span className={`badge badge-${item.check.status === 'valid' ? 'json' : 'error'}`}>
              {CHECK_TEXT[item.check.status]}
            </span>
          )}
          {facts.length > 0 && <span className="fine">{facts.join(' · ')}</span>}
        </p>
        <div className="repeat-answer-text">{textOf(item)}</div>
        {error && (
          <p className="field-error" role="alert">
            {error.title}
            {error.detail ? `: ${error.detail}` : ''}
          </p>
        )}
        {finished(item) && textOf(item) !== '' && (
          <button type="button" disabled={!canAdopt} onClick={() => adoptRepeatAnswer(index)}>
            {adopted ? 'Used in the conversation' : 'Use this answer'}
          </button>
        )}
      </article>
    </li>
  );
}

/** Run details → Repeat: the N answers of the last Run ×N, side by side in numbers. */
export default function RepeatPanel() {
  const batch = useRepeat((s) => s.batch);
  const [pair, setPair] = useState<[number, number]>([0, 1]);
  if (!batch)
    return (
      <p className="fine">
        Run ×N (beside Send) sends the same request several times and compares the answers here.
      </p>
    );
  const { items } = batch;
  const done = items.filter(finished);
  const texts = items.map((item) => (finished(item) ? textOf(item) : undefined));
  const doneTexts = texts.filter((t): t is string => t !== undefined);
  const groupsOfDone = distinctGroups(doneTexts);
  let next = 0;
  const groups = texts.map((t) => (t === undefined ? undefined : groupsOfDone[next++]));
  const statsOf = done.map((item) => (item.state ? runStats(item.state) : undefined));
  const rate = passRate(items.map((item) => item.check?.status));
  const [a, b] = pair;
  const options = items.map((_, i) => ({ value: String(i), label: `Answer ${i + 1}` }));
  const canDiff = texts[a] !== undefined && texts[b] !== undefined;

  return (
    <section className="repeat-panel" aria-label="Repeat">
      <p className="repeat-summary" role="status">
        {batch.running
          ? `${done.length} of ${items.length} answers finished (${batch.concurrency} at a time)…`
          : `${items.length} answers · ${distinctCount(doneTexts)} distinct`}
      </p>
      {batch.running && (
        <button type="button" className="danger" onClick={stopRepeat}>
          Stop all runs
        </button>
      )}
      {batch.expected && (
        <p>
          {batch.expected.type === 'json_schema' ? 'Schema' : 'JSON'} pass rate: {rate.passed} of{' '}
          {rate.checked} valid
        </p>
      )}
      <table className="repeat-spread">
        <caption>Spread over {done.length} finished answers</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Min</th>
            <th scope="col">Median</th>
            <th scope="col">Max</th>
          </tr>
        </thead>
        <tbody>
          <SpreadRow label="Latency" value={spread(statsOf.map((s) => s?.durationMs))} unit=" ms" />
          <SpreadRow label="First token" value={spread(statsOf.map((s) => s?.ttftMs))} unit=" ms" />
          <SpreadRow
            label="Output tokens"
            value={spread(statsOf.map((s) => s?.outputTokens))}
            unit=""
          />
        </tbody>
      </table>
      {items.length >= 2 && (
        <div className="repeat-diff-box">
          <h3>Word diff</h3>
          <div className="row">
            <Select
              label="Diff from"
              value={String(a)}
              options={options}
              onChange={(v) => setPair([Number(v), b])}
            />
            <Select
              label="Diff to"
              value={String(b)}
              options={options}
              onChange={(v) => setPair([a, Number(v)])}
            />
          </div>
          {canDiff ? (
            <Suspense fallback={<p className="fine">Loading…</p>}>
              <DiffView from={texts[a] ?? ''} to={texts[b] ?? ''} />
            </Suspense>
          ) : (
            <p className="fine">Waiting for both answers.</p>
          )}
        </div>
      )}
      <ol className="repeat-answers">
        {items.map((item, i) => (
          <Answer
            key={i}
            item={item}
            index={i}
            group={groups[i]}
            adopted={batch.adopted === i}
            canAdopt={batch.adopted === undefined}
          />
        ))}
      </ol>
    </section>
  );
}
