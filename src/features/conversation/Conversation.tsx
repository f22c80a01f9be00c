import type { ReactNode } from 'react';
import { usePlayground } from '../../stores/playgroundStore';
import { useRunStore } from '../run/runStore';
import { MessageItem } from './MessageItem';

/** What just happened to the conversation, with the way back. */
function UndoNotice({ children, onUndo }: { children: ReactNode; onUndo(): void }) {
  return (
    <div className="callout" role="status">
      {children}{' '}
      <button type="button" className="link" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}

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
        <UndoNotice onUndo={undoClear}>Conversation cleared.</UndoNotice>
      )}
      {replaced && (
        <UndoNotice onUndo={undoReplace}>
          System message and conversation replaced by {replaced.by}&rsquo;s own prompt and answer.
        </UndoNotice>
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
