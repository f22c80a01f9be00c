import { memo, useState, type KeyboardEvent } from 'react';
import type { ConversationMessage } from '../../core/conversation/types';
import { usePlayground } from '../../stores/playgroundStore';
import { retryRun } from '../run/runController';
import { isSendChord, useSend } from '../run/useSend';
import { useSelectedModel } from '../models/useModels';
import { ChoiceTabs } from './ChoiceTabs';
import { RunFooter } from './RunFooter';

function MessageEditor({ message, onDone }: { message: ConversationMessage; onDone(): void }) {
  const [text, setText] = useState(message.content);
  const updateMessage = usePlayground((s) => s.updateMessage);
  const send = useSend();
  const save = () => {
    // An edited answer is the user's own text: the alternatives no longer apply.
    updateMessage(message.id, { content: text, alternatives: undefined });
    onDone();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isSendChord(e)) {
      e.preventDefault();
      save();
      send();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onDone();
    }
  };
  return (
    <div className="message-editor">
      <textarea
        aria-label="Message text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        rows={Math.min(12, Math.max(2, text.split('\n').length))}
        autoFocus
      />
      <div className="row">
        <button type="button" className="primary" onClick={save}>
          Save message
        </button>
        <button type="button" onClick={onDone}>
          Cancel editing
        </button>
      </div>
    </div>
  );
}

export function MessageBody({
  content,
  reasoning,
  streaming,
}: {
  content: string;
  reasoning?: string;
  streaming?: boolean;
}) {
  return (
    <>
      {reasoning && (
        <details className="reasoning" open={streaming && content === ''}>
          <summary>Reasoning</summary>
          <div className="message-text">{reasoning}</div>
        </details>
      )}
      <div className="message-text">
        {content}
        {streaming && <span className="caret" aria-hidden="true" />}
      </div>
    </>
  );
}

function ToolCalls({ message }: { message: ConversationMessage }) {
  if (!message.toolCalls?.length) return null;
  return (
    <ul className="tool-calls" aria-label="Tool calls">
      {message.toolCalls.map((tc) => (
        <li key={tc.id || tc.function.name} className="tool-call">
          <code>{tc.function.name}</code>
          <pre>{tc.function.arguments}</pre>
        </li>
      ))}
    </ul>
  );
}

/** An `n > 1` answer: picking a choice makes it the message's content. */
function Alternatives({
  message,
  alternatives,
}: {
  message: ConversationMessage;
  alternatives: string[];
}) {
  const updateMessage = usePlayground((s) => s.updateMessage);
  const found = alternatives.indexOf(message.content);
  return (
    <ChoiceTabs
      count={alternatives.length}
      selected={found === -1 ? 0 : found}
      onSelect={(i) => updateMessage(message.id, { content: alternatives[i] ?? '' })}
      render={(i) => (
        <MessageBody
          content={alternatives[i] ?? ''}
          reasoning={i === 0 ? message.reasoning : undefined}
        />
      )}
    />
  );
}

export const MessageItem = memo(function MessageItem({
  message,
}: {
  message: ConversationMessage;
}) {
  const [editing, setEditing] = useState(false);
  const deleteMessage = usePlayground((s) => s.deleteMessage);
  const toggleRole = usePlayground((s) => s.toggleRole);
  const { info } = useSelectedModel();
  return (
    <li className={`message message-${message.role}`}>
      <article aria-label={`${message.role} message`}>
        <header className="message-head">
          <span className="role">{message.role}</span>
          <div className="message-actions">
            <button
              type="button"
              className="icon-button"
              aria-label="Edit message"
              title="Edit"
              onClick={() => setEditing(true)}
              disabled={editing}
            >
              ✎
            </button>
            {message.role !== 'tool' && (
              <button
                type="button"
                className="icon-button"
                aria-label="Toggle role"
                title={`Make it ${message.role === 'user' ? 'assistant' : 'user'}`}
                onClick={() => toggleRole(message.id)}
              >
                ⇄
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label="Delete message"
              title="Delete"
              onClick={() => deleteMessage(message.id)}
            >
              ✕
            </button>
          </div>
        </header>
        {editing ? (
          <MessageEditor message={message} onDone={() => setEditing(false)} />
        ) : message.alternatives ? (
          <Alternatives message={message} alternatives={message.alternatives} />
        ) : (
          <MessageBody content={message.content} reasoning={message.reasoning} />
        )}
        <ToolCalls message={message} />
        {message.run && message.run.status !== 'streaming' && (
          <RunFooter run={message.run} onRetry={() => void retryRun(message.id, info)} />
        )}
      </article>
    </li>
  );
});
