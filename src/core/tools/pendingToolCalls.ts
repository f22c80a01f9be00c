import type { ConversationMessage } from '../conversation/types';
import type { ToolCall } from '../types';

export interface PendingToolCalls {
  /** The assistant message that asked for the calls. */
  assistantId: string;
  /** Calls without a `tool` message answering them, in the order asked. */
  calls: ToolCall[];
}

/**
 * The tool calls still waiting for a result: those of the last assistant
 * message, when only tool messages follow it and some call has no answer.
 */
export function pendingToolCalls(
  messages: readonly ConversationMessage[],
): PendingToolCalls | null {
  let i = messages.length - 1;
  const answered = new Set<string>();
  while (i >= 0 && messages[i]?.role === 'tool') {
    const id = messages[i]?.toolCallId;
    if (id !== undefined) answered.add(id);
    i--;
  }
  const assistant = messages[i];
  if (assistant?.role !== 'assistant' || !assistant.toolCalls?.length) return null;
  const calls = assistant.toolCalls.filter((c) => !answered.has(c.id));
  return calls.length > 0 ? { assistantId: assistant.id, calls } : null;
}
