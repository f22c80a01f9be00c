// A session as a file or share link: "what the user built" in the playground,
// in a versioned envelope (schema.ts validates it). Never a key: the builder
// copies named fields only, so whatever else a store holds stays behind.

import type { ConversationMessage } from '../conversation/types';
import {
  activeConnection,
  migratePersisted,
  PERSIST_VERSION,
  type PersistedState,
} from '../persistence/persistedState';
import type { ThinkingSettings } from '../reasoning/thinking';
import type { ResponseFormatSettings } from '../structured/responseFormat';
import type { ToolChoiceSetting } from '../tools/toolChoice';
import type { ToolsState } from '../tools/toolsState';
import type { ChatMode, ProviderId } from '../types';
import { findVariables, valueOf, type VariableValues } from '../variables/variables';
import { SESSION_FORMAT, SESSION_VERSION } from './schema';

export interface SessionConnection {
  provider: ProviderId;
  /** Absent for the in-browser engine. */
  baseUrl?: string;
  /** The connection's name where it was exported. */
  label?: string;
}

export interface SessionTools {
  tools: { source: string; mock: string }[];
  toolChoice: ToolChoiceSetting | null;
  parallelToolCalls: boolean | null;
  autoReply: boolean;
  maxSteps: number;
}

export interface Session {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  exportedAt?: string;
  connection: SessionConnection;
  model: string | null;
  /** The model's parameters as typed in the panel. */
  params: Record<string, string>;
  thinking?: ThinkingSettings;
  system: string;
  messages: ConversationMessage[];
  stream: boolean;
  mode: ChatMode;
  prompt: string;
  suffix: string;
  tools: SessionTools;
  responseFormat: ResponseFormatSettings;
  /** Values of the prompt variables the texts above use. */
  variables?: Record<string, string>;
}

/** The stores a session is read from (and written back to). */
export interface SessionSource {
  playground: PersistedState;
  tools: ToolsState;
  responseFormat: ResponseFormatSettings;
  thinkingByModel: Readonly<Record<string, ThinkingSettings>>;
  variables: VariableValues;
}

// Query parameter names that carry a secret (`?api_key=`, `?token=`).
const SECRET_PARAM = /^(api[-_]?key|key|secret|token|access[-_]?token|password|auth.*|sig.*)$/i;

/** The base URL without credentials or key-like query parameters a user may have typed. */
export function publicBaseUrl(text: string): string {
  try {
    const url = new URL(text);
    url.username = '';
    url.password = '';
    for (const name of [...url.searchParams.keys()])
      if (SECRET_PARAM.test(name)) url.searchParams.delete(name);
    // new URL adds a trailing slash to a bare origin; keep the text as the user had it.
    const out = url.toString();
    return text.endsWith('/') || !out.endsWith('/') ? out : out.slice(0, -1);
  } catch {
    return text;
  }
}

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

export function buildSession(source: SessionSource, exportedAt?: Date): Session {
  const state = source.playground;
  const active = activeConnection(state);
  const model = active.model;
  const connection: SessionConnection =
    active.provider === 'inbrowser'
      ? { provider: 'inbrowser' }
      : { provider: active.provider, baseUrl: publicBaseUrl(active.baseUrl), label: active.name };
  // Through the store's own sanitiser: named fields only, whatever the objects carry.
  const clean = migratePersisted({ messages: state.messages }, PERSIST_VERSION);
  const thinking = model === null ? undefined : own(source.thinkingByModel, model);
  const params = model === null ? undefined : own(state.paramsByModel, model);
  const session: Session = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    ...(exportedAt && { exportedAt: exportedAt.toISOString() }),
    connection,
    model,
    params: { ...params },
    ...(thinking && { thinking: { enabled: thinking.enabled, budget: thinking.budget } }),
    system: state.system,
    messages: clean.messages,
    stream: state.stream,
    mode: state.mode,
    prompt: state.prompt,
    suffix: state.suffix,
    tools: {
      tools: source.tools.tools.map((t) => ({ source: t.source, mock: t.mock })),
      toolChoice: source.tools.toolChoice,
      parallelToolCalls: source.tools.parallelToolCalls,
      autoReply: source.tools.autoReply,
      maxSteps: source.tools.maxSteps,
    },
    responseFormat: {
      mode: source.responseFormat.mode,
      schemaText: source.responseFormat.schemaText,
      name: source.responseFormat.name,
      strict: source.responseFormat.strict,
    },
  };
  const variables = usedVariables(session, source.variables);
  if (variables) session.variables = variables;
  return session;
}

/** Only the values this session's texts refer to: other conversations' values stay private. */
function usedVariables(
  session: Session,
  values: VariableValues,
): Record<string, string> | undefined {
  const texts = [
    session.system,
    session.prompt,
    session.suffix,
    ...session.messages.map((m) => m.content),
  ];
  // Prototype-free: a variable may be called `__proto__`.
  const out = Object.create(null) as Record<string, string>;
  for (const name of findVariables(texts)) {
    const value = valueOf(values, name);
    if (value !== undefined) out[name] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The file name an export gets: `session-2026-11-23.json`. */
export function sessionFileName(date: Date): string {
  return `llm-playground-session-${date.toISOString().slice(0, 10)}.json`;
}
