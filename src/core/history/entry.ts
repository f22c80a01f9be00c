// One kept run of the main playground, as history stores it, and the pure
// rules around it: shaping a finished run into an entry (never with a key),
// bringing back whatever the database holds, and matching a search.

import type { RunSummary } from '../conversation/types';
import { isRecord } from '../dialects/wire';
import { migratePersisted, PERSIST_VERSION } from '../persistence/persistedState';
import type { ChatMode, PreparedRequest, ProviderId } from '../types';
import type { RunSnapshot } from './snapshot';

export interface HistoryEntry {
  /** Unique per run (a message id repeats across reloads; the time makes it unique). */
  id: string;
  startedAt: number;
  model: string;
  connectionId: string;
  /** The connection's name when the run happened (it may be renamed or deleted later). */
  connectionLabel: string;
  status: RunSummary['status'];
  /** The first choice's text (partial when the run failed or was stopped). */
  answer: string;
  /** Usage, timing and the error, exactly as the answer's footer showed them. */
  summary: RunSummary;
  /** The request as sent, minus the key (a PreparedRequest never holds it). */
  request: PreparedRequest;
  snapshot: RunSnapshot;
  /** Approximate stored size in UTF-16 code units, for the size cap. */
  size: number;
}

/** What the run controller reports (structurally features/run's FinishedRun). */
export interface RunRecordInput {
  runId: string;
  request: PreparedRequest;
  connectionId: string;
  model: string;
  text: string;
  summary: RunSummary;
  startedAt: number;
  snapshot?: RunSnapshot;
}

const EMPTY_SNAPSHOT: RunSnapshot = {
  mode: 'chat',
  system: '',
  messages: [],
  prompt: '',
  suffix: '',
  params: {},
};

/** Below this a "secret" is too short to redact without mangling ordinary text. */
const MIN_SECRET_LENGTH = 8;
const REDACTED = '[redacted]';

/**
 * Replaces every occurrence of `secret` in the strings of a JSON value. The
 * request never carries the key, but a user may paste it into a message: the
 * history must not become a second copy of it.
 */
export function redactSecret<T>(value: T, secret: string | null | undefined): T {
  if (!secret || secret.length < MIN_SECRET_LENGTH) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.includes(secret) ? v.split(secret).join(REDACTED) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (isRecord(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, inner] of Object.entries(v)) {
        // Object.defineProperty keeps a "__proto__" key an ordinary key.
        Object.defineProperty(out, k, {
          value: walk(inner),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

/** Drops the auth header should one ever reach `headers` (it must not). */
function withoutAuthHeader(request: PreparedRequest): PreparedRequest {
  const auth = request.auth.header.toLowerCase();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if (lower !== auth && lower !== 'authorization') headers[name] = value;
  }
  return { ...request, headers };
}

export function shapeEntry(
  run: RunRecordInput,
  connectionLabel: string,
  secret?: string | null,
): HistoryEntry {
  const draft: Omit<HistoryEntry, 'size'> = {
    id: `${run.startedAt.toString(36)}-${run.runId}`,
    startedAt: run.startedAt,
    model: run.model,
    connectionId: run.connectionId,
    connectionLabel,
    status: run.summary.status,
    answer: run.text,
    summary: run.summary,
    request: withoutAuthHeader(run.request),
    snapshot: run.snapshot ?? EMPTY_SNAPSHOT,
  };
  const clean = redactSecret(draft, secret);
  return { ...clean, size: JSON.stringify(clean).length };
}

export const RUN_STATUSES: readonly RunSummary['status'][] = [
  'streaming',
  'done',
  'stopped',
  'incomplete',
  'error',
  'interrupted',
];
const PROVIDERS: readonly ProviderId[] = ['sippulse', 'openai', 'inbrowser'];
const MODES: readonly ChatMode[] = ['chat', 'complete'];

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function sanitiseStringRecord(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(raw)) return out;
  for (const [k, v] of Object.entries(raw))
    if (k !== '__proto__' && typeof v === 'string') out[k] = v;
  return out;
}

function sanitiseRequest(raw: unknown): PreparedRequest | undefined {
  if (!isRecord(raw) || typeof raw.url !== 'string' || !isRecord(raw.body)) return undefined;
  const provider = PROVIDERS.find((p) => p === raw.provider);
  const mode = MODES.find((m) => m === raw.mode) ?? 'chat';
  const auth = isRecord(raw.auth) ? raw.auth : {};
  if (!provider) return undefined;
  return {
    provider,
    mode,
    method: 'POST',
    url: raw.url,
    headers: sanitiseStringRecord(raw.headers),
    auth: { header: str(auth.header), prefix: str(auth.prefix), envVar: str(auth.envVar) },
    body: raw.body,
    stream: raw.stream === true,
  };
}

function sanitiseSnapshot(raw: unknown): RunSnapshot {
  if (!isRecord(raw)) return structuredClone(EMPTY_SNAPSHOT);
  // The conversation follows exactly the rules of the saved playground state.
  const { messages } = migratePersisted({ messages: raw.messages }, PERSIST_VERSION);
  return {
    mode: MODES.find((m) => m === raw.mode) ?? 'chat',
    system: str(raw.system),
    messages,
    prompt: str(raw.prompt),
    suffix: str(raw.suffix),
    params: sanitiseStringRecord(raw.params),
  };
}

/**
 * Brings a stored record back to the entry shape, or undefined when it is
 * not one (another version's record, or a hand-edited database).
 */
export function sanitiseEntry(raw: unknown): HistoryEntry | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return undefined;
  if (typeof raw.startedAt !== 'number' || !Number.isFinite(raw.startedAt)) return undefined;
  if (typeof raw.model !== 'string' || !isRecord(raw.summary)) return undefined;
  const request = sanitiseRequest(raw.request);
  const status = RUN_STATUSES.find((s) => s === raw.status);
  if (!request || !status) return undefined;
  return {
    id: raw.id,
    startedAt: raw.startedAt,
    model: raw.model,
    connectionId: str(raw.connectionId),
    connectionLabel: str(raw.connectionLabel),
    status,
    answer: str(raw.answer),
    summary: { ...(raw.summary as unknown as RunSummary), status, model: raw.model },
    request,
    snapshot: sanitiseSnapshot(raw.snapshot),
    size: typeof raw.size === 'number' && raw.size >= 0 ? raw.size : 0,
  };
}

/** The text a search looks through: model, connection, and every word of the run. */
function searchableText(entry: HistoryEntry): string {
  const { snapshot } = entry;
  return [
    entry.model,
    entry.connectionLabel,
    entry.answer,
    snapshot.system,
    snapshot.prompt,
    ...snapshot.messages.map((m) => m.content),
  ]
    .join('\n')
    .toLowerCase();
}

/** Every word of the query must appear somewhere (case-insensitive); an empty query matches all. */
export function matchesQuery(entry: HistoryEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchableText(entry);
  return words.every((w) => text.includes(w));
}

/** The last user message (chat) or the prompt (complete): the line that names a run in the list. */
export function entryTitle(entry: HistoryEntry): string {
  const { snapshot } = entry;
  if (snapshot.mode === 'complete') return snapshot.prompt;
  const lastUser = [...snapshot.messages].reverse().find((m) => m.role === 'user');
  return lastUser?.content ?? '';
}
