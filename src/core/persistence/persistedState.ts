import type { ConversationMessage, MessageRole, RunSummary } from '../conversation/types';
import { isRecord } from '../dialects/wire';
import { sanitiseImages } from '../images/images';
import { sanitiseLogprobLists } from '../logprobs/logprobs';
import { sanitiseToolCalls } from '../tools/storedToolCalls';
import { sanitiseRunSummary } from './runSummary';
import type { ChatMode, ProviderId, TokenLogprob } from '../types';

export const PERSIST_VERSION = 2;

/** Where requests go. The key is kept apart, per connection id (see keyStore). */
export interface SavedConnection {
  id: string;
  name: string;
  provider: ProviderId;
  /** The preset it was made from ('custom' when typed by hand), for hints. */
  preset: string;
  baseUrl: string;
  /** The model last picked on this connection. */
  model: string | null;
}

/** A finished text completion waiting to be accepted into the prompt. */
export interface PendingCompletion {
  /** The prompt it continues, so a stale completion is never merged. */
  prompt: string;
  alternatives: string[];
  selected: number;
  run?: RunSummary;
  /** Per-token log probabilities, one list per alternative, when they were asked for. */
  logprobs?: TokenLogprob[][];
}

/** Everything the user builds that survives a reload. Never an API key. */
export interface PersistedState {
  connections: SavedConnection[];
  activeConnectionId: string;
  /** What the user typed per model and parameter; see core/params/resolve. */
  paramsByModel: Record<string, Record<string, string>>;
  system: string;
  messages: ConversationMessage[];
  stream: boolean;
  mode: ChatMode;
  prompt: string;
  suffix: string;
  completion: PendingCompletion | null;
}

export const IN_BROWSER_CONNECTION_ID = 'in-browser';
export const DEFAULT_IN_BROWSER_MODEL = 'stories260K';

/** Always present, first in the list: the zero-setup engine needs no server and no key. */
export const IN_BROWSER_CONNECTION: SavedConnection = {
  id: IN_BROWSER_CONNECTION_ID,
  name: 'In-browser (llama.cpp)',
  provider: 'inbrowser',
  preset: 'inbrowser',
  baseUrl: '',
  model: DEFAULT_IN_BROWSER_MODEL,
};

export const DEFAULT_STATE: PersistedState = {
  connections: [IN_BROWSER_CONNECTION],
  activeConnectionId: IN_BROWSER_CONNECTION_ID,
  paramsByModel: {},
  system: '',
  messages: [],
  stream: true,
  mode: 'chat',
  prompt: 'Once upon a time',
  suffix: '',
  completion: null,
};

/** The id a connection migrated from version 0 or 1 gets; keyStore moves the old key to it. */
export const MIGRATED_CONNECTION_ID = 'default';

const ROLES: readonly MessageRole[] = ['user', 'assistant', 'tool'];
const PROVIDERS: readonly ProviderId[] = ['sippulse', 'openai', 'inbrowser'];

const str = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : fallback;

function sanitiseAlternatives(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const list = raw.filter((a): a is string => typeof a === 'string');
  return list.length > 1 ? list : undefined;
}

/** One stored message rebuilt field by field (compare columns keep conversations too). */
export function sanitiseMessage(raw: unknown, index: number): ConversationMessage | undefined {
  if (!isRecord(raw)) return undefined;
  const role = ROLES.find((r) => r === raw.role);
  if (!role || typeof raw.content !== 'string') return undefined;
  const message: ConversationMessage = {
    id: typeof raw.id === 'string' && raw.id !== '' ? raw.id : `restored-${index}`,
    role,
    content: raw.content,
  };
  if (typeof raw.reasoning === 'string') message.reasoning = raw.reasoning;
  const toolCalls = sanitiseToolCalls(raw.toolCalls);
  if (toolCalls) message.toolCalls = toolCalls;
  if (typeof raw.toolCallId === 'string') message.toolCallId = raw.toolCallId;
  const run = sanitiseRunSummary(raw.run);
  if (run) message.run = run;
  const alternatives = sanitiseAlternatives(raw.alternatives);
  if (alternatives) message.alternatives = alternatives;
  const images = sanitiseImages(raw.images);
  if (images) message.images = images;
  const logprobs = sanitiseLogprobLists(raw.logprobs, alternatives?.length ?? 1);
  if (logprobs) message.logprobs = logprobs;
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

function sanitiseConnection(raw: unknown): SavedConnection | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return undefined;
  const provider = PROVIDERS.find((p) => p === raw.provider);
  if (!provider) return undefined;
  if (provider === 'inbrowser') {
    return { ...IN_BROWSER_CONNECTION, model: typeof raw.model === 'string' ? raw.model : null };
  }
  if (typeof raw.baseUrl !== 'string' || raw.baseUrl === '') return undefined;
  return {
    id: raw.id,
    name: str(raw.name).trim() || raw.baseUrl,
    provider,
    preset: str(raw.preset, 'custom') || 'custom',
    baseUrl: raw.baseUrl,
    model: typeof raw.model === 'string' ? raw.model : null,
  };
}

/** Version 0 had a flat provider/baseUrl, version 1 one `connection` and a `model`. */
function legacyConnection(persisted: Record<string, unknown>, version: number): unknown {
  const raw =
    version === 0 && !isRecord(persisted.connection)
      ? { provider: persisted.provider, baseUrl: persisted.baseUrl }
      : persisted.connection;
  if (!isRecord(raw)) return undefined;
  const provider = PROVIDERS.find((p) => p === raw.provider);
  if (!provider || provider === 'inbrowser') return undefined;
  return {
    id: MIGRATED_CONNECTION_ID,
    name: provider === 'sippulse' ? 'SipPulse' : 'OpenAI-compatible',
    provider,
    preset: provider === 'sippulse' ? 'sippulse' : 'custom',
    baseUrl: raw.baseUrl,
    model: persisted.model,
  };
}

function sanitiseConnections(
  persisted: Record<string, unknown>,
  version: number,
): Pick<PersistedState, 'connections' | 'activeConnectionId'> {
  const rawList = version < 2 ? [legacyConnection(persisted, version)] : persisted.connections;
  const connections: SavedConnection[] = [];
  const seen = new Set<string>();
  let inBrowser: SavedConnection | undefined;
  for (const raw of Array.isArray(rawList) ? rawList : []) {
    const connection = sanitiseConnection(raw);
    if (!connection || seen.has(connection.id)) continue;
    if (connection.provider === 'inbrowser') {
      inBrowser ??= connection;
      continue;
    }
    seen.add(connection.id);
    connections.push(connection);
  }
  connections.unshift(inBrowser ?? { ...IN_BROWSER_CONNECTION });
  // A migrated user was connected to an API: keep them there, not on the new default.
  const wanted = version < 2 ? connections[1]?.id : persisted.activeConnectionId;
  const active = connections.find((c) => c.id === wanted) ?? connections[0];
  return { connections, activeConnectionId: active?.id ?? IN_BROWSER_CONNECTION_ID };
}

function sanitiseCompletion(raw: unknown): PendingCompletion | null {
  if (!isRecord(raw) || typeof raw.prompt !== 'string' || !Array.isArray(raw.alternatives))
    return null;
  const alternatives = raw.alternatives.filter((a): a is string => typeof a === 'string');
  if (alternatives.length === 0) return null;
  const selected =
    typeof raw.selected === 'number' && Number.isInteger(raw.selected) ? raw.selected : 0;
  const completion: PendingCompletion = {
    prompt: raw.prompt,
    alternatives,
    selected: selected >= 0 && selected < alternatives.length ? selected : 0,
  };
  const run = sanitiseRunSummary(raw.run);
  if (run) completion.run = run;
  const logprobs = sanitiseLogprobLists(raw.logprobs, alternatives.length);
  if (logprobs) completion.logprobs = logprobs;
  return completion;
}

/**
 * Brings whatever storage holds (any earlier version, or a hand-edited or
 * corrupt value) to the current shape, keeping every valid piece of work.
 */
export function migratePersisted(persisted: unknown, version: number): PersistedState {
  if (!isRecord(persisted)) return structuredClone(DEFAULT_STATE);
  const messages = Array.isArray(persisted.messages)
    ? persisted.messages.flatMap((m, i) => sanitiseMessage(m, i) ?? [])
    : [];
  return {
    ...sanitiseConnections(persisted, version),
    paramsByModel: sanitiseParams(persisted.paramsByModel),
    system: str(persisted.system),
    messages,
    stream: typeof persisted.stream === 'boolean' ? persisted.stream : true,
    mode: persisted.mode === 'complete' ? 'complete' : 'chat',
    prompt: str(persisted.prompt, DEFAULT_STATE.prompt),
    suffix: str(persisted.suffix),
    completion: sanitiseCompletion(persisted.completion),
  };
}

/** The connection requests go to now (the in-browser one if the id is stale). */
export function activeConnection(
  state: Pick<PersistedState, 'connections' | 'activeConnectionId'>,
): SavedConnection {
  return (
    state.connections.find((c) => c.id === state.activeConnectionId) ??
    state.connections[0] ??
    IN_BROWSER_CONNECTION
  );
}
