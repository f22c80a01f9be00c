import type { ReactNode } from 'react';
import { viewArguments } from '../../core/tools/viewArguments';
import './toolCalls.css';

function Arguments({ raw, finished }: { raw: string; finished: boolean }) {
  const view = viewArguments(raw, finished);
  if (view.kind === 'json') {
    return (
      <>
        <pre className="tool-args">{view.pretty}</pre>
        {finished && raw.trim() !== '' && (
          <details className="tool-raw">
            <summary>Raw arguments</summary>
            <pre>{raw}</pre>
          </details>
        )}
      </>
    );
  }
  return (
    <>
      {view.kind === 'invalid' && (
        <p className="field-warning">
          The arguments are not valid JSON ({view.message}); this is the raw text the model sent.
        </p>
      )}
      <pre className="tool-args tool-args-raw">{view.raw}</pre>
    </>
  );
}

export function ToolCallCard({
  name,
  callId,
  args,
  finished,
  children,
}: {
  name: string;
  callId: string;
  args: string;
  finished: boolean;
  children?: ReactNode;
}) {
  return (
    <li className="tool-call">
      <div className="tool-call-head">
        <span className="fine">calls</span> <code className="tool-call-name">{name || '…'}</code>
        {callId && <span className="fine tool-call-id">{callId}</span>}
      </div>
      <Arguments raw={args} finished={finished} />
      {children}
    </li>
  );
}
