// What opening a session changes in each store, decided in one pure place:
// the connection it came from (an existing one when provider and base URL
// match, else a new one, never a key), that model's parameters and thinking
// settings, the conversation, tools and response format. Other models'
// parameters and other saved connections are kept.

import { uniqueName } from '../connections/connectionDraft';
import { guessPreset } from '../dialects/presets';
import type { PersistedState, SavedConnection } from '../persistence/persistedState';
import { IN_BROWSER_CONNECTION_ID, DEFAULT_STATE } from '../persistence/persistedState';
import type { ThinkingSettings } from '../reasoning/thinking';
import type { ResponseFormatSettings } from '../structured/responseFormat';
import type { ToolsState } from '../tools/toolsState';
import type { Session, SessionSource } from './envelope';

export interface ApplyEnv {
  /** config.json may forbid adding connections. */
  connectionEditing: boolean;
  /** config.json's model allow/deny list. */
  modelAllowed(id: string): boolean;
  newConnectionId(): string;
  newToolId(index: number): string;
}

export interface SessionPlan {
  playground: PersistedState;
  tools: ToolsState;
  responseFormat: ResponseFormatSettings;
  thinking?: { model: string; settings: ThinkingSettings };
  /** Prompt variable values to set (others are kept). */
  variables: Record<string, string>;
  /** What the user should know: a key to enter, a model this deployment does not offer. */
  notes: string[];
}

/** True when opening a session would throw away something the user made. */
export function hasWork(source: SessionSource): boolean {
  const s = source.playground;
  return (
    s.messages.length > 0 ||
    s.system.trim() !== '' ||
    s.completion !== null ||
    (s.prompt !== DEFAULT_STATE.prompt && s.prompt.trim() !== '') ||
    s.suffix !== '' ||
    source.tools.tools.length > 0 ||
    source.responseFormat.mode !== 'unset'
  );
}

/** Base URLs that differ only by a trailing slash are the same endpoint. */
const sameUrl = (a: string, b: string) =>
  a.trim().replace(/\/+$/, '') === b.trim().replace(/\/+$/, '');

function hostLabel(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

export function planSession(session: Session, current: PersistedState, env: ApplyEnv): SessionPlan {
  const notes: string[] = [];
  const wanted = session.connection;
  let connections = current.connections;
  let target: SavedConnection | undefined =
    wanted.provider === 'inbrowser'
      ? connections.find((c) => c.id === IN_BROWSER_CONNECTION_ID)
      : connections.find(
          (c) => c.provider === wanted.provider && sameUrl(c.baseUrl, wanted.baseUrl ?? ''),
        );
  if (!target && wanted.provider !== 'inbrowser' && wanted.baseUrl !== undefined) {
    if (env.connectionEditing) {
      target = {
        id: env.newConnectionId(),
        name: uniqueName(wanted.label?.trim() || hostLabel(wanted.baseUrl), connections),
        provider: wanted.provider,
        preset: guessPreset(wanted.provider, wanted.baseUrl),
        baseUrl: wanted.baseUrl,
        model: null,
      };
      connections = [...connections, target];
      notes.push(
        `Added the connection "${target.name}" (${wanted.baseUrl}). Enter its API key in Connection settings: sessions never carry keys.`,
      );
    } else {
      notes.push(
        `This session used ${wanted.baseUrl}, which this deployment does not offer: the current connection is kept.`,
      );
    }
  }
  const activeId = target?.id ?? current.activeConnectionId;
  let model = session.model;
  if (model !== null && !env.modelAllowed(model)) {
    notes.push(`The model "${model}" is not offered here: pick another one.`);
    model = null;
  }
  // Without the session's connection, its model means nothing on the current one.
  const applyModel = target !== undefined && model !== null;
  if (applyModel) connections = connections.map((c) => (c.id === activeId ? { ...c, model } : c));

  const paramsByModel = applyModel
    ? { ...current.paramsByModel, [model as string]: { ...session.params } }
    : current.paramsByModel;

  const playground: PersistedState = {
    ...current,
    connections,
    activeConnectionId: activeId,
    paramsByModel,
    system: session.system,
    messages: session.messages,
    stream: session.stream,
    mode: session.mode,
    prompt: session.prompt,
    suffix: session.suffix,
    completion: null,
  };
  const tools: ToolsState = {
    tools: session.tools.tools.map((t, i) => ({
      id: env.newToolId(i),
      source: t.source,
      mock: t.mock,
    })),
    toolChoice: session.tools.toolChoice,
    parallelToolCalls: session.tools.parallelToolCalls,
    autoReply: session.tools.autoReply,
    maxSteps: session.tools.maxSteps,
  };
  const plan: SessionPlan = {
    playground,
    tools,
    responseFormat: { ...session.responseFormat },
    variables: { ...session.variables },
    notes,
  };
  if (applyModel && session.thinking)
    plan.thinking = { model: model as string, settings: { ...session.thinking } };
  return plan;
}
