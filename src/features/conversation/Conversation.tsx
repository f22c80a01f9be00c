import { usePlayground } from '../../stores/playgroundStore';
import { useRunStore } from '../run/runStore';
import { MessageItem } from './MessageItem';

export function Conversation() {
  const messages = usePlayground((s) => s.messages);
  const cleared = usePlayground((s) => s.cleared);
  const undoClear = usePlayground((s) => s.undoClear);
  const replaced = usePlayground((s) => s.replaced);
  const undoReplace = usePlayground((s) => s.undoReplace);
  const activeId = useRunStore((s) => s.active?.messageId);
  return (
    <>
      {cleared && cleared.length > 0 && (
        <div className="callout" role="status">
          Conversation cleared.{' '}
          <button type="button" className="link" onClick={undoClear}>
            Undo
          </button>
        </div>
      )}
      {replaced && (
        <div className="callout" role="status">
          System message and conversation replaced by {replaced.by}&rsquo;s own prompt and answer.{' '}
          <button type="button" className="link" onClick={undoReplace}>
            Undo
          </button>
        </div>
      )}
      {messages.length === 0 ? (
        <p className="empty-state">
          No messages yet. Write one below and press Send (Ctrl+Enter), or use Add message to build
          a multi-turn context first.
        </p>
      ) : null}
      <ol className="conversation" aria-label="Conversation">
        {messages.map((m) => (
          <MessageItem key={m.id} message={m} live={m.id === activeId} />
        ))}
      </ol>
    </>
  );
}
