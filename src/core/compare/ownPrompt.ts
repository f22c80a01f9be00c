import type { ConversationMessage } from '../conversation/types';
import { templateTexts } from '../variables/conversation';
import { missingVariables, type VariableValues } from '../variables/variables';
import type { CompareColumn } from './columns';

// A column's own system message and conversation ("unsynced"). A column
// without one runs the playground's shared prompt; with one, it runs its
// copy, which starts as the shared prompt and is then edited in the column.

export interface OwnPrompt {
  system: string;
  messages: ConversationMessage[];
}

/** The prompt a column runs: its own copy when it has one, the shared one otherwise. */
export function promptOf(column: CompareColumn, shared: OwnPrompt): OwnPrompt {
  return column.own ?? shared;
}

function withOwn(
  columns: readonly CompareColumn[],
  id: string,
  own: (column: CompareColumn) => OwnPrompt | undefined,
): CompareColumn[] {
  return columns.map((c) => {
    if (c.id !== id) return c;
    const next = own(c);
    if (next) return { ...c, own: next };
    // Rebuilt without the key, so a synced column persists exactly as in version 1.
    return { id: c.id, connectionId: c.connectionId, model: c.model, raw: c.raw };
  });
}

/** Gives the column its own copy of the shared prompt; a column already unsynced keeps its copy. */
export function unsync(
  columns: readonly CompareColumn[],
  id: string,
  shared: OwnPrompt,
): CompareColumn[] {
  return withOwn(
    columns,
    id,
    (c) => c.own ?? { system: shared.system, messages: shared.messages.slice() },
  );
}

/**
 * Makes the column run the shared prompt again. Its own copy comes back as
 * `discarded`, so the view can offer Undo: the user's text is never lost
 * silently.
 */
export function syncBack(
  columns: readonly CompareColumn[],
  id: string,
): { columns: CompareColumn[]; discarded: OwnPrompt | undefined } {
  const discarded = columns.find((c) => c.id === id)?.own;
  return { columns: withOwn(columns, id, () => undefined), discarded };
}

/** Undo of syncBack: the column gets the discarded copy back. */
export function restoreOwn(
  columns: readonly CompareColumn[],
  id: string,
  own: OwnPrompt,
): CompareColumn[] {
  return withOwn(columns, id, () => own);
}

/** Applies `edit` to the column's own prompt; a synced column is left alone. */
export function editOwn(
  columns: readonly CompareColumn[],
  id: string,
  edit: (own: OwnPrompt) => OwnPrompt,
): CompareColumn[] {
  return withOwn(columns, id, (c) => (c.own ? edit(c.own) : undefined));
}

/**
 * Send's new user message goes to every column: the shared conversation gets
 * it elsewhere, each unsynced column's own conversation here.
 */
export function appendToUnsynced(
  columns: readonly CompareColumn[],
  message: ConversationMessage,
): CompareColumn[] {
  return columns.map((c) =>
    c.own ? { ...c, own: { ...c.own, messages: [...c.own.messages, message] } } : c,
  );
}

// Edits of an own prompt, the same as the main conversation offers.

export function setSystem(own: OwnPrompt, system: string): OwnPrompt {
  return { ...own, system };
}

export function setContent(own: OwnPrompt, messageId: string, content: string): OwnPrompt {
  return {
    ...own,
    messages: own.messages.map((m) => {
      if (m.id !== messageId) return m;
      // Edited text is the user's own: other choices and probabilities no longer apply.
      const edited: ConversationMessage = { ...m, content };
      delete edited.alternatives;
      delete edited.logprobs;
      return edited;
    }),
  };
}

export function removeMessage(own: OwnPrompt, messageId: string): OwnPrompt {
  return { ...own, messages: own.messages.filter((m) => m.id !== messageId) };
}

export function addMessage(own: OwnPrompt, message: ConversationMessage): OwnPrompt {
  return { ...own, messages: [...own.messages, message] };
}

/** User ↔ assistant; a tool result keeps its role (it answers a call). */
export function toggleRole(own: OwnPrompt, messageId: string): OwnPrompt {
  return {
    ...own,
    messages: own.messages.map((m) =>
      m.id === messageId && m.role !== 'tool'
        ? { ...m, role: m.role === 'user' ? 'assistant' : 'user' }
        : m,
    ),
  };
}

/**
 * The `{{name}}`s of an own prompt (and the composer's draft, which joins
 * it on Send) that have no value, leaving out those `sharedMissing` already
 * reports: one blocker per name is enough.
 */
export function ownMissingVariables(
  own: OwnPrompt,
  draft: string,
  values: VariableValues,
  sharedMissing: readonly string[],
): string[] {
  const texts = templateTexts({
    mode: 'chat',
    system: own.system,
    messages: own.messages,
    draft,
    prompt: '',
    suffix: '',
  });
  return missingVariables(texts, values).filter((name) => !sharedMissing.includes(name));
}
