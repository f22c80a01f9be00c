// The answer being streamed lives in memory only (the run store), so a fast
// stream never serialises the whole conversation per frame. This small record
// of it, written now and then under its own key, is what survives a reload
// in the middle of a stream.

import type { ConversationMessage } from '../conversation/types';
import { isRecord } from '../dialects/wire';
import type { ChoiceState } from '../stream/runReducer';
import { sanitiseToolCalls } from '../tools/storedToolCalls';
import type { ToolCall } from '../types';
import type { PendingCompletion, PersistedState } from './persistedState';
import { interrupted } from './runSummary';

export const PARTIAL_RUN_KEY = 'llm-playground:partial-run';
const PARTIAL_RUN_VERSION = 1;

/** How often, at most, the record is rewritten while a stream runs. */
export const PARTIAL_SAVE_INTERVAL_MS = 500;

/** The first choice of a chat answer, so far; the message itself is already saved, empty. */
export interface PartialChat {
  kind: 'chat';
  messageId: string;
  text: string;
  reasoning: string;
  toolCalls: ToolCall[];
}

/** Complete mode's completion, so far: it has no message until it finishes. */
export interface PartialCompletion {
  kind: 'completion';
  prompt: string;
  model: string;
  text: string;
}

export type PartialRun = PartialChat | PartialCompletion;

/** What the run so far looks like in the record (the first choice only). */
export function partialChat(messageId: string, choice: ChoiceState | undefined): PartialChat {
  return {
    kind: 'chat',
    messageId,
    text: choice?.text ?? '',
    reasoning: choice?.reasoning ?? '',
    toolCalls: (choice?.toolCalls ?? []).map((tc) => ({
      // As the run controller names calls a server sent without an id.
      id: tc.id || `call_${messageId}_${tc.index}`,
      type: 'function' as const,
      function: { name: tc.name, arguments: tc.arguments },
    })),
  };
}

/** In the envelope every persisted key has, so the storage guard accepts it. */
export function encodePartialRun(partial: PartialRun): string {
  return JSON.stringify({ state: partial, version: PARTIAL_RUN_VERSION });
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function decodePartialRun(text: string | null): PartialRun | null {
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const raw = isRecord(parsed) ? parsed.state : undefined;
  if (!isRecord(raw)) return null;
  if (raw.kind === 'chat' && typeof raw.messageId === 'string' && raw.messageId !== '')
    return {
      kind: 'chat',
      messageId: raw.messageId,
      text: str(raw.text),
      reasoning: str(raw.reasoning),
      toolCalls: sanitiseToolCalls(raw.toolCalls) ?? [],
    };
  if (raw.kind === 'completion' && typeof raw.prompt === 'string' && typeof raw.model === 'string')
    return { kind: 'completion', prompt: raw.prompt, model: raw.model, text: str(raw.text) };
  return null;
}

type Restorable = Pick<PersistedState, 'messages' | 'completion'>;

function restoreChat(messages: ConversationMessage[], partial: PartialChat) {
  const target = messages.find((m) => m.id === partial.messageId);
  // Only the answer the reload cut off (migratePersisted marked it interrupted),
  // and only while empty: a finished answer is never overwritten by its draft.
  if (!target || target.run?.status !== 'interrupted' || target.content !== '' || target.toolCalls)
    return null;
  const restored: ConversationMessage = { ...target, content: partial.text };
  if (partial.reasoning !== '') restored.reasoning = partial.reasoning;
  if (partial.toolCalls.length > 0) restored.toolCalls = partial.toolCalls;
  return messages.map((m) => (m === target ? restored : m));
}

/**
 * The saved state with the partial answer put back where the reload cut it
 * off, or null when there is nothing to put back.
 */
export function restorePartialRun(
  state: Restorable,
  partial: PartialRun | null,
): Partial<Restorable> | null {
  if (!partial) return null;
  if (partial.kind === 'chat') {
    const messages = restoreChat(state.messages, partial);
    return messages ? { messages } : null;
  }
  // A completion was cleared when its run started; one that is here is newer.
  if (state.completion !== null) return null;
  const completion: PendingCompletion = {
    prompt: partial.prompt,
    alternatives: [partial.text],
    selected: 0,
    run: interrupted({ status: 'streaming', model: partial.model }),
  };
  return { completion };
}
