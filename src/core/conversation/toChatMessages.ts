import { sendableImages, toContent } from '../images/images';
import type { ChatMessage } from '../types';
import type { ConversationMessage } from './types';

/**
 * The conversation as the API receives it. Answers that failed before any
 * text arrived carry nothing the model could use, so they are left out.
 */
export function toChatMessages(messages: readonly ConversationMessage[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (const m of messages) {
    const hasToolCalls = (m.toolCalls?.length ?? 0) > 0;
    // Images go only on user messages: the APIs reject image parts elsewhere.
    const hasImages = m.role === 'user' && sendableImages(m.images).length > 0;
    if (m.content === '' && !hasToolCalls && !hasImages && m.role !== 'tool') continue;
    if (m.role === 'assistant' && hasToolCalls) {
      out.push({
        role: 'assistant',
        content: m.content === '' ? null : m.content,
        tool_calls: m.toolCalls,
      });
    } else if (m.role === 'tool') {
      out.push({ role: 'tool', content: m.content, tool_call_id: m.toolCallId ?? '' });
    } else if (hasImages) {
      out.push({ role: 'user', content: toContent(m.content, m.images) });
    } else {
      out.push({ role: m.role, content: m.content });
    }
  }
  return out;
}
