import { lazy, Suspense } from 'react';
import type { ConversationMessage } from '../../core/conversation/types';
import type { ToolCallState } from '../../core/stream/runReducer';
import { pendingToolCalls } from '../../core/tools/pendingToolCalls';
import { usePlayground } from '../../stores/playgroundStore';
import { ToolCallCard } from './ToolCallCard';

const PendingToolCalls = lazy(() =>
  import('./ToolResultsForm').then((m) => ({ default: m.PendingToolCalls })),
);

/** Tool calls as they stream in, keyed by their index. */
export function StreamingToolCalls({ calls }: { calls: readonly ToolCallState[] }) {
  return (
    <ul className="tool-calls" aria-label="Tool calls">
      {calls.map((tc) => (
        <ToolCallCard
          key={tc.index}
          name={tc.name}
          callId={tc.id}
          args={tc.arguments}
          finished={false}
        />
      ))}
    </ul>
  );
}

/** A finished answer's tool calls; the last answer's also take their results here. */
export function MessageToolCalls({ message }: { message: ConversationMessage }) {
  const isPending = usePlayground((s) => pendingToolCalls(s.messages)?.assistantId === message.id);
  if (!message.toolCalls?.length) return null;
  const list = (
    <ul className="tool-calls" aria-label="Tool calls">
      {message.toolCalls.map((call) => (
        <ToolCallCard
          key={call.id || call.function.name}
          name={call.function.name}
          callId={call.id}
          args={call.function.arguments}
          finished
        />
      ))}
    </ul>
  );
  return isPending ? (
    <Suspense fallback={list}>
      <PendingToolCalls message={message} />
    </Suspense>
  ) : (
    list
  );
}

/** Which call a tool message answers. */
export function ToolResultOf({ message }: { message: ConversationMessage }) {
  const id = message.toolCallId;
  const name = usePlayground((s) => {
    for (const m of s.messages) {
      const call = m.toolCalls?.find((c) => c.id === id);
      if (call) return call.function.name;
    }
    return undefined;
  });
  if (id === undefined) return null;
  return (
    <p className="fine tool-result-of">
      Result for {name ? <code>{name}</code> : 'a tool call'}{' '}
      <span className="tool-call-id">{id}</span>
    </p>
  );
}
