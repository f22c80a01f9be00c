import { useState } from 'react';
import { bodyText, eventsTranscript } from '../../core/inspect/format';
import type { RunTrace } from '../../core/inspect/trace';
import { shownTrace, useTraces } from './traceStore';
import { toast } from '../toast/toast';
import { usePaintedSince } from '../../lib/usePaintedSince';
import './inspect.css';

const int = new Intl.NumberFormat('en-US');
const one = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const ms = (value: number) => `${int.format(Math.round(value))} ms`;

/** `text` is a function when building it is costly (a transcript of thousands of events): it runs on click. */
function CopyButton({ label, text }: { label: string; text: string | (() => string) }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      toast(`Copied the ${label.replace(/^Copy /, '')}.`);
    } catch {
      toast('The browser refused clipboard access: select the text and copy it by hand.', {
        tone: 'error',
      });
    }
  };
  return (
    <button type="button" className="inspect-copy" onClick={() => void copy()}>
      {label}
    </button>
  );
}

function Headers({ label, headers }: { label: string; headers: Record<string, string> }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return null;
  return (
    <table className="inspect-headers" aria-label={label}>
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Timing({ trace }: { trace: RunTrace }) {
  const t = trace.timing;
  const parts: string[] = [];
  if (trace.response) parts.push(`headers ${ms(trace.response.atMs)}`);
  if (t?.ttftMs !== undefined) parts.push(`first token ${ms(t.ttftMs)}`);
  if (t?.totalMs !== undefined) parts.push(`total ${ms(t.totalMs)}`);
  if (t?.tokensPerSecond !== undefined)
    parts.push(`${one.format(t.tokensPerSecond)} tok/s${t.estimated ? ' (est.)' : ''}`);
  return (
    <p className="inspect-timing">
      <span className={`badge badge-${trace.status === 'done' ? 'muted' : trace.status}`}>
        {trace.status === 'running' ? 'Running…' : trace.status}
      </span>{' '}
      {parts.join(' · ')}
    </p>
  );
}

function responseText(trace: RunTrace): string | undefined {
  const r = trace.response;
  if (!r) return undefined;
  if (r.errorText !== undefined) return r.errorText;
  if (r.json !== undefined) return bodyText(r.json);
  return undefined;
}

/**
 * Rows shown at first and per "Show more": a 20,000-chunk stream keeps 2,000
 * events, and laying out a table that long when the run ends would freeze the
 * page for a moment right as the answer lands.
 */
const EVENTS_PAGE = 100;

/**
 * Rows laid out with the run's end, more than the box shows at once; the
 * rest of the page follows once that frame has painted. The answer's last
 * frame already lays out its footer and first formatted blocks: with a
 * hundred rows more it took 17-29 ms instead of 13-22 ms (traced, markdown
 * bench stream).
 */
const FIRST_ROWS = 20;

function Events({ trace }: { trace: RunTrace }) {
  const [shown, setShown] = useState(EVENTS_PAGE);
  // The events arrive whole when the run ends.
  const painted = usePaintedSince(trace.events);
  if (trace.events.length === 0) return <p className="fine">No events yet.</p>;
  const rows = painted ? shown : Math.min(shown, FIRST_ROWS);
  const hidden = trace.events.length - shown;
  return (
    // Focusable: a scrolling box must be reachable by keyboard to scroll it (a11y audit).
    <div className="inspect-events-wrap" tabIndex={0} role="region" aria-label="Stream events">
      <table className="inspect-events" aria-label="Events">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Event</th>
            <th scope="col">Data</th>
          </tr>
        </thead>
        <tbody>
          {trace.events.slice(0, rows).map((e, i) => (
            <tr key={i}>
              <td className="inspect-at">+{ms(e.atMs)}</td>
              <td>{e.event ?? 'message'}</td>
              <td>
                <code>{e.data}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <button type="button" onClick={() => setShown((n) => n + EVENTS_PAGE * 5)}>
          Show {int.format(Math.min(hidden, EVENTS_PAGE * 5))} more of {int.format(hidden)} events
        </button>
      )}
      {trace.droppedEvents > 0 && (
        <p className="fine">
          {int.format(trace.droppedEvents)} more events arrived; only the first{' '}
          {int.format(trace.events.length)} are kept.
        </p>
      )}
    </div>
  );
}

/** Inspect: the exact request and response of a run, with SSE arrival times. */
export default function InspectPanel() {
  const trace = useTraces(shownTrace);
  const latest = useTraces((s) => s.selected === null);
  const select = useTraces((s) => s.select);
  if (!trace) {
    return (
      <section className="inspect" aria-label="Inspect">
        <p className="fine">
          Send a message: the exact request, the response and its timing show here.
        </p>
      </section>
    );
  }
  const response = responseText(trace);
  const body = bodyText(trace.request.body);
  return (
    <section className="inspect" aria-label="Inspect">
      <p className="fine">
        {latest ? 'Latest run' : 'A selected run'} ·{' '}
        {new Date(trace.startedAt).toLocaleTimeString()}
        {!latest && (
          <>
            {' '}
            <button type="button" onClick={() => select(null)}>
              Show the latest
            </button>
          </>
        )}
      </p>
      <Timing trace={trace} />
      {trace.error && (
        <p className="inspect-error" role="note">
          {trace.error}
        </p>
      )}

      <h3>Request</h3>
      {trace.inBrowser ? (
        <p className="fine">Run by the in-browser engine: no HTTP request, no key.</p>
      ) : (
        <p className="inspect-line">
          <code>
            {trace.request.method} {trace.request.url}
          </code>
        </p>
      )}
      <Headers label="Request headers" headers={trace.request.headers} />
      <div className="inspect-bar">
        <CopyButton label="Copy request body" text={body} />
      </div>
      <figure className="inspect-figure" aria-label="Request body">
        <pre className="inspect-pre" tabIndex={0}>
          {body}
        </pre>
      </figure>

      {!trace.inBrowser && (
        <>
          <h3>Response</h3>
          {trace.response ? (
            <>
              <p className="inspect-line">
                <code>HTTP {trace.response.status}</code>
              </p>
              <Headers label="Response headers" headers={trace.response.headers} />
              {response !== undefined && (
                <>
                  <div className="inspect-bar">
                    <CopyButton label="Copy response" text={response} />
                  </div>
                  <figure className="inspect-figure" aria-label="Response body">
                    <pre className="inspect-pre" tabIndex={0}>
                      {response}
                    </pre>
                  </figure>
                </>
              )}
            </>
          ) : (
            <p className="fine">
              {trace.status === 'running' ? 'Waiting for the server…' : 'No response arrived.'}
            </p>
          )}
        </>
      )}

      {(trace.events.length > 0 || trace.request.body.stream === true) && (
        <>
          <h3>{trace.inBrowser ? 'Engine events' : 'Stream events'}</h3>
          {trace.events.length > 0 && (
            <div className="inspect-bar">
              <CopyButton label="Copy events" text={() => eventsTranscript(trace)} />
            </div>
          )}
          <Events key={trace.runId} trace={trace} />
        </>
      )}
    </section>
  );
}
