// The session feature's side effects: reading the stores into a Session,
// downloading it, making and reading share links, and writing an opened
// session back. Loaded with the Session menu, never with the first screen.

import { isModelAllowed } from '../../core/config/modelRules';
import {
  buildSession,
  sessionFileName,
  type Session,
  type SessionSource,
} from '../../core/session/envelope';
import { hasWork, planSession } from '../../core/session/applySession';
import type { ParsedSession } from '../../core/session/parseSession';
import {
  decodeShareData,
  encodeShareFragment,
  MAX_SHARE_CHARS,
  ShareLinkError,
  shareUrl,
} from '../../core/session/shareLink';
import { maskDeep } from '../../core/security/secrets';
import type { PersistedState } from '../../core/persistence/persistedState';
import { useConfig } from '../../stores/configStore';
import { useKeyStore } from '../../stores/keyStore';
import { NO_UNDO, usePlayground } from '../../stores/playgroundStore';
import { useTools } from '../../stores/toolsStore';
import { useThinking } from '../reasoning/thinkingStore';
import { useVariables } from '../variables/variablesStore';
import { useStructured } from '../structured/structuredStore';
import { isRunning, stopRun } from '../run/runController';

/** A file larger than this is not a session anyone made by hand or by export. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

function persistedOf(s: PersistedState): PersistedState {
  return {
    connections: s.connections,
    activeConnectionId: s.activeConnectionId,
    paramsByModel: s.paramsByModel,
    system: s.system,
    messages: s.messages,
    stream: s.stream,
    mode: s.mode,
    prompt: s.prompt,
    suffix: s.suffix,
    completion: s.completion,
  };
}

export function currentSource(): SessionSource {
  return {
    playground: persistedOf(usePlayground.getState()),
    tools: useTools.getState(),
    responseFormat: useStructured.getState().settings,
    thinkingByModel: useThinking.getState().byModel,
    variables: useVariables.getState().values,
  };
}

export function currentHasWork(): boolean {
  return hasWork(currentSource());
}

/** Every key the user entered: masked wherever a server quoted one into stored text. */
function knownKeys(): string[] {
  const keys = useKeyStore.getState();
  return usePlayground.getState().connections.map((c) => keys.keyFor(c.id).apiKey);
}

function sessionJson(now: Date): string {
  return JSON.stringify(maskDeep(buildSession(currentSource(), now), knownKeys()), null, 2);
}

/** Downloads the current session as JSON and returns the file's name. */
export function exportSession(): string {
  const now = new Date();
  const url = URL.createObjectURL(new Blob([sessionJson(now)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = sessionFileName(now);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return a.download;
}

export type LinkResult = { ok: true; url: string } | { ok: false; message: string };

export async function makeShareLink(): Promise<LinkResult> {
  // Compact JSON and no timestamp: the shortest link, and the same link for the same work.
  const session = maskDeep(buildSession(currentSource()), knownKeys());
  const fragment = await encodeShareFragment(JSON.stringify(session));
  if (fragment.length > MAX_SHARE_CHARS)
    return {
      ok: false,
      message: `This session is too large for a link (${Math.ceil(fragment.length / 1024)} KB; links stop at ${MAX_SHARE_CHARS / 1024} KB). Use "Export session…" and share the file instead.`,
    };
  return { ok: true, url: shareUrl(window.location, fragment) };
}

// The validator is generated code the size of the schema: loaded when a session is read, not with the menu.
const parser = () => import('../../core/session/parseSession');

export async function readSessionFile(file: File): Promise<ParsedSession> {
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, problems: ['The file is far larger than any session (over 50 MB).'] };
  return (await parser()).parseSession(await file.text());
}

export async function readShareData(data: string): Promise<ParsedSession> {
  try {
    const [{ parseSession }, text] = await Promise.all([parser(), decodeShareData(data)]);
    return parseSession(text);
  } catch (error) {
    if (error instanceof ShareLinkError) return { ok: false, problems: [error.message] };
    throw error;
  }
}

/** Drops `#share=…` from the address bar without a reload or a history entry. */
export function clearShareFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}

function randomId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Replaces the current work with `session`; returns what the user should know. */
export function openSession(session: Session): string[] {
  if (isRunning()) stopRun();
  const config = useConfig.getState().config;
  const plan = planSession(session, persistedOf(usePlayground.getState()), {
    connectionEditing: config.features.connectionEditing,
    modelAllowed: (id) => isModelAllowed(id, config.models),
    newConnectionId: () => randomId('c'),
    newToolId: (i) => `${randomId('t')}-${i}`,
  });
  usePlayground.setState({ ...plan.playground, ...NO_UNDO });
  useTools.setState({ ...plan.tools, checks: null });
  useStructured.setState({ settings: plan.responseFormat });
  for (const [name, value] of Object.entries(plan.variables))
    useVariables.getState().setValue(name, value);
  if (plan.thinking)
    useThinking.getState().setThinking(plan.thinking.model, plan.thinking.settings);
  return plan.notes;
}
