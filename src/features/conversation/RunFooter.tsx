import { useEffect, useState } from 'react';
import type { RunSummary } from '../../core/conversation/types';
import type { ErrorDescription } from '../../core/errors/describeError';
import { useUi } from '../../stores/uiStore';
import { formatUsd } from '../../core/estimate/cost';

const int = new Intl.NumberFormat('en-US');
const one = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function ms(value: number): string {
  return value >= 1000 ? `${one.format(value / 1000)} s` : `${int.format(Math.round(value))} ms`;
}

const STATUS_TEXT: Partial<Record<RunSummary['status'], string>> = {
  stopped: 'Stopped',
  incomplete: 'Incomplete',
  error: 'Failed',
  interrupted: 'Interrupted',
};

/** The finish reason in words, with the wire value kept visible for people debugging. */
function finishText(reason: string | undefined): string | undefined {
  if (reason === undefined) return undefined;
  if (reason === 'length') return 'Cut off at Max tokens (length)';
  if (reason === 'tool_calls') return 'Wants to call tools (tool_calls)';
  if (reason === 'content_filter') return 'Stopped by the content filter (content_filter)';
  if (reason === 'stop') return 'Finished (stop)';
  return `Finished (${reason})`;
}

function RetryButton({ onRetry, retryAfterMs }: { onRetry(): void; retryAfterMs?: number }) {
  const [remaining, setRemaining] = useState(() => Math.ceil((retryAfterMs ?? 0) / 1000));
  useEffect(() => {
    if (remaining <= 0) return;
    const timer = setTimeout(() => setRemaining((r) => r - 1), 1000);
    return () => clearTimeout(timer);
  }, [remaining]);
  return (
    <button type="button" onClick={onRetry} disabled={remaining > 0}>
      {remaining > 0 ? `Retry in ${remaining} s` : 'Retry'}
    </button>
  );
}

function ErrorCard({ error, onRetry }: { error: ErrorDescription; onRetry(): void }) {
  const openConnection = useUi((s) => s.openConnection);
  return (
    <div className="error-card" role="alert">
      <strong>{error.title}</strong>
      {error.detail && <p>{error.detail}</p>}
      <p className="error-action">{error.action}</p>
      <div className="row">
        <RetryButton onRetry={onRetry} retryAfterMs={error.retryAfterMs} />
        {error.fixInConnection && (
          <button type="button" onClick={() => openConnection()}>
            Connection settings
          </button>
        )}
      </div>
    </div>
  );
}

export function RunFooter({
  run,
  onRetry,
  elsewhere = 'no',
}: {
  run: RunSummary;
  onRetry(): void;
  /**
   * Whether another tab is streaming this answer: saved as "streaming", it is
   * not cut off then. Until that is known (just after the page loaded), the
   * answer says neither.
   */
  elsewhere?: 'yes' | 'no' | 'unknown';
}) {
  if (elsewhere === 'unknown' && run.status === 'interrupted') {
    return (
      <footer className="run-footer">
        <p className="run-stats">
          <span className="model-name">{run.model}</span>
        </p>
      </footer>
    );
  }
  if (elsewhere === 'yes' && run.status === 'interrupted') {
    return (
      <footer className="run-footer">
        <p className="run-stats" role="status">
          <span className="badge badge-streaming">Answering in another tab</span>
          <span className="model-name">{run.model}</span>
          <span>It shows here when it is finished there.</span>
        </p>
      </footer>
    );
  }
  const { usage, performance } = run;
  const parts: string[] = [];
  if (usage?.inputTokens !== undefined) parts.push(`${int.format(usage.inputTokens)} in`);
  if (usage?.outputTokens !== undefined) parts.push(`${int.format(usage.outputTokens)} out`);
  if (run.ttftMs !== undefined) parts.push(`first token ${ms(run.ttftMs)}`);
  if (run.tokensPerSecond !== undefined)
    parts.push(`${one.format(run.tokensPerSecond)} tok/s${run.estimated ? ' (est.)' : ''}`);
  if (performance?.executionTime !== undefined)
    parts.push(`server ${ms(performance.executionTime)}`);
  if (run.costUsd !== undefined) parts.push(`cost ${formatUsd(run.costUsd)}`);
  const status = STATUS_TEXT[run.status];
  const finish = finishText(run.finishReason);
  return (
    <footer className="run-footer">
      <p className="run-stats">
        {status && <span className={`badge badge-${run.status}`}>{status}</span>}
        {finish && <span className="badge badge-muted">{finish}</span>}
        <span className="model-name">{run.model}</span>
        {parts.length > 0 && <span aria-label="Run statistics">{parts.join(' · ')}</span>}
      </p>
      {run.error && <ErrorCard error={run.error} onRetry={onRetry} />}
    </footer>
  );
}
