// What "Restore" does to the editor, decided without touching any store.

import type { ConversationMessage } from '../conversation/types';
import type { PendingCompletion } from '../persistence/persistedState';
import type { ChatMode } from '../types';
import type { HistoryEntry } from './entry';

export interface RestorePlan {
  /** The connection to switch to; null when it no longer exists (the current one stays). */
  connectionId: string | null;
  model: string;
  params: Record<string, string>;
  system: string;
  messages: ConversationMessage[];
  mode: ChatMode;
  prompt: string;
  suffix: string;
  /** A completion run comes back waiting to be accepted, as it was. */
  completion: PendingCompletion | null;
  /** Something the user should know about what could not come back. */
  note?: string;
}

export function restorePlan(entry: HistoryEntry, connectionIds: readonly string[]): RestorePlan {
  const { snapshot } = entry;
  const known = connectionIds.includes(entry.connectionId);
  const completion: PendingCompletion | null =
    snapshot.mode === 'complete'
      ? {
          prompt: snapshot.prompt,
          alternatives: [entry.answer],
          selected: 0,
          run: entry.summary,
        }
      : null;
  return {
    connectionId: known ? entry.connectionId : null,
    model: entry.model,
    params: { ...snapshot.params },
    system: snapshot.system,
    messages: structuredClone(snapshot.messages),
    mode: snapshot.mode,
    prompt: snapshot.prompt,
    suffix: snapshot.suffix,
    completion,
    note: known
      ? undefined
      : `The connection “${entry.connectionLabel || entry.connectionId}” no longer exists: the conversation is back, on the current connection.`,
  };
}

/** Whether restoring would throw away something the user made (so ask first). */
export function hasCurrentWork(s: {
  messages: readonly unknown[];
  system: string;
  mode: ChatMode;
  prompt: string;
  completion: unknown;
}): boolean {
  return (
    s.messages.length > 0 ||
    s.system.trim() !== '' ||
    s.completion !== null ||
    (s.mode === 'complete' && s.prompt.trim() !== '')
  );
}
