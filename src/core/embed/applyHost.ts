// What a host message does to the playground's state, as pure functions: the
// React glue (features/embed) only commits the result.

import type { ConversationMessage } from '../conversation/types';
import { escapeSequence } from '../params/resolve';
import {
  activeConnection,
  IN_BROWSER_CONNECTION,
  type PersistedState,
  type SavedConnection,
} from '../persistence/persistedState';
import type {
  EmbedChatMessage,
  EmbedConnection,
  EmbedParamValue,
  EmbedTheme,
  InitMessage,
  LockableField,
} from './protocol';

/** The one API connection an embedded frame has: the host's. */
export const HOST_CONNECTION_ID = 'embed-host';

export type Locks = Readonly<Record<LockableField, boolean>>;

export const NO_LOCKS: Locks = { model: false, system: false, messages: false, parameters: false };

export function locksFrom(fields: readonly LockableField[]): Locks {
  return {
    model: fields.includes('model'),
    system: fields.includes('system'),
    messages: fields.includes('messages'),
    parameters: fields.includes('parameters'),
  };
}

export function toConversation(
  messages: readonly EmbedChatMessage[],
  newId: () => string,
): ConversationMessage[] {
  return messages.map((m) => ({ id: newId(), role: m.role, content: m.content }));
}

/**
 * A host's parameter values as the parameter panel keeps them (text as typed),
 * so they go through the same rules as values a person types: a temperature
 * of 7 shows as an error and blocks the run instead of reaching the API.
 */
export function toRawParams(
  params: Readonly<Record<string, EmbedParamValue>>,
): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    raw[key] = Array.isArray(value) ? value.map(escapeSequence).join('\n') : String(value);
  }
  return raw;
}

export function hostConnection(connection: EmbedConnection): SavedConnection | { error: string } {
  if (connection.provider === 'inbrowser') return { ...IN_BROWSER_CONNECTION };
  const baseUrl = connection.baseUrl ?? '';
  try {
    new URL(baseUrl);
  } catch {
    return { error: '"init" field connection.baseUrl is not a valid URL.' };
  }
  return {
    id: HOST_CONNECTION_ID,
    name: 'Host connection',
    provider: connection.provider,
    preset: connection.provider === 'sippulse' ? 'sippulse' : 'custom',
    baseUrl: baseUrl.replace(/\/+$/, ''),
    model: null,
  };
}

export interface InitPlan {
  state: PersistedState;
  /** The key to keep in memory for the host connection, when the host sent a connection. */
  key?: { connectionId: string; apiKey: string };
  theme?: EmbedTheme;
  locks?: Locks;
}

/**
 * The state after an `init`: each field the host sent replaces the frame's;
 * fields it left out stay as they are. Chat mode always (the frame has no
 * Complete tab).
 */
export function planInit(
  current: PersistedState,
  init: InitMessage,
  newId: () => string,
  /** The deployment's model allow/deny lists (config.json) bind the host too. */
  modelAllowed: (id: string) => boolean = () => true,
): InitPlan | { error: string } {
  if (init.model !== undefined && !modelAllowed(init.model))
    return { error: `"init" field model: this deployment does not offer "${init.model}".` };
  let connections = current.connections;
  let activeConnectionId = current.activeConnectionId;
  let key: InitPlan['key'];
  if (init.connection) {
    const connection = hostConnection(init.connection);
    if ('error' in connection) return connection;
    connections =
      connection.provider === 'inbrowser'
        ? [connection]
        : [{ ...IN_BROWSER_CONNECTION }, connection];
    activeConnectionId = connection.id;
    key = { connectionId: connection.id, apiKey: init.connection.apiKey ?? '' };
  }
  const activeId = activeConnection({ connections, activeConnectionId }).id;
  if (init.model !== undefined) {
    const model = init.model;
    connections = connections.map((c) => (c.id === activeId ? { ...c, model } : c));
  }
  const model = activeConnection({ connections, activeConnectionId }).model;
  let paramsByModel = current.paramsByModel;
  if (init.params) {
    if (!model) return { error: '"init" sets params but no model: send "model" with them.' };
    paramsByModel = { ...paramsByModel, [model]: toRawParams(init.params) };
  }
  const state: PersistedState = {
    ...current,
    connections,
    activeConnectionId,
    paramsByModel,
    mode: 'chat',
    system: init.system ?? current.system,
    messages: init.messages ? toConversation(init.messages, newId) : current.messages,
    stream: init.stream ?? current.stream,
  };
  const plan: InitPlan = { state };
  if (key) plan.key = key;
  if (init.theme) plan.theme = init.theme;
  if (init.locked) plan.locks = locksFrom(init.locked);
  return plan;
}
