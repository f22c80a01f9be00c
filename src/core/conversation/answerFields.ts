import type { ChoiceState } from '../stream/runReducer';
import type { ConversationMessage } from './types';

/**
 * What a finished choice contributes to its assistant message: the text, any
 * reasoning, and the tool calls in wire shape. Used wherever an answer joins
 * the conversation (a run, a compare column, a repeat).
 */
export function answerFields(
  messageId: string,
  choice: ChoiceState | undefined,
): Pick<ConversationMessage, 'content' | 'reasoning' | 'toolCalls'> {
  return {
    content: choice?.text ?? '',
    reasoning: choice?.reasoning || undefined,
    toolCalls: choice?.toolCalls.length
      ? choice.toolCalls.map((tc) => ({
          // Some servers send no id; the tool result must still name its call.
          id: tc.id || `call_${messageId}_${tc.index}`,
          type: 'function' as const,
          function: { name: tc.name, arguments: tc.arguments },
        }))
      : undefined,
  };
}
