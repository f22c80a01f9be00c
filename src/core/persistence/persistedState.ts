import type { ConversationMessage, MessageRole } from '../conversation/types';
import { isRecord } from '../dialects/wire';
import type { ProviderId } from '../types';

export const PERSIST_VERSION = 1;

export interface ConnectionSettings {
  provider: ProviderId;
  baseUrl: string;
}

/** Everything the user builds that survives a reload. Never the API key. */
export interface PersistedState {
  connection: ConnectionSettings;
  model: string | null;
  /** What the user typed per model and parameter; see core/params/resolve. */
  paramsByModel: Record<string, Record<string, string>>;
  system: string;
  messages: ConversationMessage[];
  stream: boolean;
}

export const DEFAULT_STATE: PersistedState = {
  connection: { provider: 'sippulse', baseUrl: 'https://api.sippulse.ai' },
  model: null,
  paramsByModel: {},
  system: '',
  messages: [],
  stream: true,
};

const ROLES: readonly MessageRole[] = ['user', 'assistant', 'tool'];
const PROVIDERS: readonly ProviderId[] = ['sippulse', 'openai', 'inbrowser'];

function sanitiseMessage(raw: unknown, index: number): ConversationMessage | undefined {
  if (!isRecord(raw)) return undefined;
  const role = ROLES.find((r) => r === raw.role);
  if (!role || typeof raw.content !== 'string') return undefined;
  const message: ConversationMessage = {
    id: typeof raw.id === 'string' && raw.id !== '' ? raw.id : `restored-${index}`,
    role,
    content: raw.content,
  };
  if (typeof raw.reasoning === 'string') message.reasoning = raw.reasoning;
  if (Array.isArray(raw.toolCalls))
    message.toolCalls = raw.toolCalls as ConversationMessage['toolCalls'];
  if (typeof raw.toolCallId === 'string') message.toolCallId = raw.toolCallId;
  if (isRecord(raw.run)) message.run = raw.run as unknown as ConversationMessage['run'];
  return message;
}

function sanitiseParams(raw: unknown): PersistedState['paramsByModel'] {
  const out: PersistedState['paramsByModel'] = {};
  if (!isRecord(raw)) return out;
  for (const [model, params] of Object.entries(raw)) {
    if (!isRecord(params)) continue;
    const clean: Record<string, string> = {};
    for (const [key, value] of Object.entries(params))
      if (typeof value === 'string') clean[key] = value;
    out[model] = clean;
  }
  return out;
}

/**
 * Brings whatever storage holds (any earlier version, or a hand-edited or
 * corrupt value) to the current shape, keeping every valid piece of work.
 */
export function migratePersisted(persisted: unknown, version: number): PersistedState {
  if (!isRecord(persisted)) return structuredClone(DEFAULT_STATE);
  // Version 0 was the unversioned draft: a flat baseUrl and provider.
  const connectionRaw =
    version === 0 && !isRecord(persisted.connection)
      ? { provider: persisted.provider, baseUrl: persisted.baseUrl }
      : persisted.connection;
  const connection = isRecord(connectionRaw) ? connectionRaw : {};
  const messages = Array.isArray(persisted.messages)
    ? persisted.messages.flatMap((m, i) => sanitiseMessage(m, i) ?? [])
    : [];
  return {
    connection: {
      provider:
        PROVIDERS.find((p) => p === connection.provider) ?? DEFAULT_STATE.connection.provider,
      baseUrl:
        typeof connection.baseUrl === 'string' && connection.baseUrl !== ''
          ? connection.baseUrl
          : DEFAULT_STATE.connection.baseUrl,
    },
    model: typeof persisted.model === 'string' ? persisted.model : null,
    paramsByModel: sanitiseParams(persisted.paramsByModel),
    system: typeof persisted.system === 'string' ? persisted.system : '',
    messages,
    stream: typeof persisted.stream === 'boolean' ? persisted.stream : true,
  };
}
