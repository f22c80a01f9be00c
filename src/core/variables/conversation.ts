import type { ConversationMessage } from '../conversation/types';
import { substitute, type VariableValues } from './variables';

// Which texts are templates. The system message, the Complete prompt and
// suffix, and the messages the user wrote. Model answers (they carry a run)
// and tool results are sent exactly as they came back: a model that writes
// Mustache must not make the next Send ask for values.

export function isTemplateMessage(m: ConversationMessage): boolean {
  return m.role !== 'tool' && m.run === undefined;
}

export interface TemplateSources {
  mode: 'chat' | 'complete';
  system: string;
  messages: readonly ConversationMessage[];
  /** The composer's text, which Send adds as a user message. */
  draft: string;
  prompt: string;
  suffix: string;
}

/** Every text whose `{{name}}` counts as a variable in the current mode. */
export function templateTexts(s: TemplateSources): string[] {
  if (s.mode === 'complete') return [s.prompt, s.suffix];
  const texts = [s.system];
  for (const m of s.messages) if (isTemplateMessage(m)) texts.push(m.content);
  texts.push(s.draft);
  return texts;
}

/** The conversation with values filled into the messages the user wrote. */
export function substituteMessages(
  messages: readonly ConversationMessage[],
  values: VariableValues,
): ConversationMessage[] {
  return messages.map((m) => {
    if (!isTemplateMessage(m)) return m;
    const content = substitute(m.content, values);
    return content === m.content ? m : { ...m, content };
  });
}
