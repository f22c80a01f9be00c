import { useRunStore } from '../run/runStore';
import { StreamingToolCalls } from '../tools/ToolCallCards';
import { MessageBody } from './MessageItem';

/** The answer being streamed: subscribes to the run store only. */
export function StreamingMessage({ messageId }: { messageId: string }) {
  const choices = useRunStore((s) =>
    s.active?.messageId === messageId ? s.active.state.choices : undefined,
  );
  const choice = choices?.[0];
  const reasoningTokens = useRunStore((s) =>
    s.active?.messageId === messageId ? s.active.state.usage?.reasoningTokens : undefined,
  );
  return (
    <li className="message message-assistant">
      <article aria-label="assistant message" aria-busy="true">
        <header className="message-head">
          <span className="role">assistant</span>
          <span className="fine">{choice ? 'writing…' : 'waiting for the first token…'}</span>
        </header>
        {choices && choices.length > 1 ? (
          <ol className="streaming-choices" aria-label="Choices">
            {choices.map((c) => (
              <li key={c.index}>
                <span className="fine">Choice {c.index + 1}</span>
                <MessageBody content={c.text} reasoning={c.reasoning} streaming />
              </li>
            ))}
          </ol>
        ) : (
          <MessageBody
            content={choice?.text ?? ''}
            reasoning={choice?.reasoning}
            reasoningTokens={reasoningTokens}
            streaming
          />
        )}
        {choice && choice.toolCalls.length > 0 && <StreamingToolCalls calls={choice.toolCalls} />}
      </article>
    </li>
  );
}
