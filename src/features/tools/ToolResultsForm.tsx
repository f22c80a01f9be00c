import { useMemo, useState, type KeyboardEvent } from 'react';
import type { ConversationMessage } from '../../core/conversation/types';
import { pendingToolCalls } from '../../core/tools/pendingToolCalls';
import { mocksOf, nextToolStep } from '../../core/tools/toolLoop';
import type { ToolCall } from '../../core/types';
import { usePlayground } from '../../stores/playgroundStore';
import { useTools } from '../../stores/toolsStore';
import { useSelectedModel } from '../models/useModels';
import { useIsRunning } from '../run/useIsRunning';
import { isSendChord } from '../run/useSend';
import { ToolCallCard } from './ToolCallCard';
import { submitToolResults } from './autoReply';

// Loaded lazily: only the last answer, while its tool calls wait, needs it.

/** "Tool result for get_weather", numbered when one answer calls a tool twice. */
function resultLabels(calls: readonly ToolCall[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(c.function.name, (counts.get(c.function.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const c of calls) {
    const name = c.function.name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    labels.set(
      c.id,
      (counts.get(name) ?? 0) > 1 ? `Tool result for ${name} (${n})` : `Tool result for ${name}`,
    );
  }
  return labels;
}

const WAIT_NOTES = {
  manual: 'Write each result (or keep the mock), then Submit results (Ctrl+Enter).',
  limit: 'Auto-reply paused: Max tool steps reached for this message. Submit results to go on.',
  unfinished:
    'This answer did not finish cleanly, so its tool calls may be cut short. Submit results anyway, Retry, or delete it.',
} as const;

/** The tool calls of the last answer, each with a result editor, and "Submit results". */
export function PendingToolCalls({ message }: { message: ConversationMessage }) {
  const messages = usePlayground((s) => s.messages);
  const tools = useTools((s) => s.tools);
  const autoReply = useTools((s) => s.autoReply);
  const maxSteps = useTools((s) => s.maxSteps);
  const running = useIsRunning();
  const { info } = useSelectedModel();
  const mocks = useMemo(() => mocksOf(tools), [tools]);
  const pending = useMemo(() => pendingToolCalls(messages), [messages]);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const calls = message.toolCalls ?? [];
  const waiting = new Set(pending?.calls.map((c) => c.id));
  const labels = resultLabels(calls);
  const step = nextToolStep(messages, { autoReply, maxSteps }, mocks);
  const valueOf = (call: ToolCall) => drafts[call.id] ?? mocks.get(call.function.name) ?? '';

  const submit = () => {
    if (running || !pending) return;
    submitToolResults(
      pending.calls.map((call) => ({ toolCallId: call.id, content: valueOf(call) })),
      info,
    );
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isSendChord(e)) {
      e.preventDefault();
      e.stopPropagation();
      submit();
    }
  };

  return (
    <div className="tool-loop">
      <ul className="tool-calls" aria-label="Tool calls">
        {calls.map((call) => (
          <ToolCallCard
            key={call.id || call.function.name}
            name={call.function.name}
            callId={call.id}
            args={call.function.arguments}
            finished
          >
            {waiting.has(call.id) && (
              <textarea
                className="tool-result-input"
                aria-label={labels.get(call.id)}
                placeholder='{"result": …}'
                value={valueOf(call)}
                onChange={(e) => setDrafts((d) => ({ ...d, [call.id]: e.target.value }))}
                onKeyDown={onKeyDown}
                rows={Math.min(8, Math.max(2, valueOf(call).split('\n').length))}
                spellCheck={false}
              />
            )}
          </ToolCallCard>
        ))}
      </ul>
      <div className="row tool-loop-actions">
        <button type="button" className="primary" onClick={submit} disabled={running}>
          Submit results
        </button>
        {step.kind === 'wait' && <span className="fine">{WAIT_NOTES[step.reason]}</span>}
      </div>
    </div>
  );
}
