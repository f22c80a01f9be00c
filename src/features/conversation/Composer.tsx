import type { KeyboardEvent } from 'react';
import { PARAMS } from '../../core/params/registry';
import { describeBlocker } from '../../core/request/readiness';
import { usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { useSelectedModel } from '../models/useModels';
import { stopRun } from '../run/runController';
import { useIsRunning } from '../run/useIsRunning';
import { currentBlockers, isSendChord, useSend } from '../run/useSend';

const labelOf = (key: string) => PARAMS.find((p) => p.key === key)?.label ?? key;

function Blockers() {
  const attempted = useUi((s) => s.sendAttempted);
  const { info } = useSelectedModel();
  // Re-evaluated on every render of the composer while the user fixes things.
  usePlayground((s) => s.paramsByModel);
  useUi((s) => s.draft);
  if (!attempted) return null;
  const blockers = currentBlockers(info);
  if (blockers.length === 0) return null;
  return (
    <ul className="blockers" role="alert" aria-label="Why nothing was sent">
      {blockers.map((b) => (
        <li key={b.kind}>{describeBlocker(b, labelOf)}</li>
      ))}
    </ul>
  );
}

export function Composer() {
  const draft = useUi((s) => s.draft);
  const setDraft = useUi((s) => s.setDraft);
  const running = useIsRunning();
  const send = useSend();

  const addMessage = () => {
    const { messages, addMessage: add } = usePlayground.getState();
    // Alternate roles so a multi-turn context can be typed in one go.
    const last = messages[messages.length - 1];
    add(last?.role === 'user' ? 'assistant' : 'user', draft);
    setDraft('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isSendChord(e)) {
      e.preventDefault();
      send();
    }
  };

  return (
    <div className="composer">
      <textarea
        aria-label="Message"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        rows={3}
        placeholder="Write a message… (Ctrl+Enter or ⌘+Enter to send, Shift+Enter for a new line)"
      />
      <Blockers />
      <div className="composer-actions">
        <button type="button" onClick={addMessage} disabled={draft.trim() === ''}>
          Add message
        </button>
        {running ? (
          <button type="button" className="danger" onClick={stopRun}>
            Stop
          </button>
        ) : (
          <button type="button" className="primary" onClick={send}>
            Send
          </button>
        )}
      </div>
    </div>
  );
}
