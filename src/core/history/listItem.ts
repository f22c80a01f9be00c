// What the History list shows of a kept run, and nothing more. The full run
// (request, answer, conversation) stays in the database until it is restored
// or searched: a history of 200 long runs would otherwise live in memory for
// the whole session, growing with every run.

import type { RunSummary } from '../conversation/types';
import { isRecord } from '../dialects/wire';
import { entryTitle, RUN_STATUSES, type HistoryEntry } from './entry';

export const PREVIEW_CHARS = 160;

export interface HistoryListItem {
  id: string;
  startedAt: number;
  model: string;
  connectionLabel: string;
  status: RunSummary['status'];
  /** The last user message or the prompt, on one line and shortened. */
  title: string;
  /** The answer's beginning, or "Error: …" for a run that failed. */
  outcome: string;
  /** Tokens and duration, e.g. "5 in · 2 out tokens · 1.2 s" ('' when unknown). */
  facts: string;
  /** The full entry's approximate size, for the size cap. */
  size: number;
}

/**
 * One line of at most `max` characters (whitespace collapsed, an ellipsis when
 * cut), as a string of its own: V8 makes a slice of a long string a view that
 * keeps the whole original alive, which would bring back into memory every
 * answer the list was meant to leave in the database.
 */
export function previewLine(text: string, max = PREVIEW_CHARS): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const cut = line.length > max ? `${line.slice(0, max)}…` : line;
  return JSON.parse(JSON.stringify(cut)) as string;
}

function factsOf(summary: RunSummary): string {
  const { usage, durationMs } = summary;
  const parts: string[] = [];
  if (usage?.inputTokens !== undefined || usage?.outputTokens !== undefined)
    parts.push(`${usage.inputTokens ?? '?'} in · ${usage.outputTokens ?? '?'} out tokens`);
  if (typeof durationMs === 'number') parts.push(`${(durationMs / 1000).toFixed(1)} s`);
  return parts.join(' · ');
}

export function listItemOf(entry: HistoryEntry): HistoryListItem {
  const error = entry.summary.error?.title;
  return {
    id: entry.id,
    startedAt: entry.startedAt,
    model: entry.model,
    connectionLabel: entry.connectionLabel,
    status: entry.status,
    title: previewLine(entryTitle(entry)),
    outcome: error ? `Error: ${error}` : previewLine(entry.answer),
    facts: factsOf(entry.summary),
    size: entry.size,
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Brings a stored list item back, or undefined when the record is not one. */
export function sanitiseListItem(raw: unknown): HistoryListItem | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return undefined;
  if (typeof raw.startedAt !== 'number' || !Number.isFinite(raw.startedAt)) return undefined;
  const status = RUN_STATUSES.find((s) => s === raw.status);
  if (typeof raw.model !== 'string' || !status) return undefined;
  return {
    id: raw.id,
    startedAt: raw.startedAt,
    model: raw.model,
    connectionLabel: str(raw.connectionLabel),
    status,
    // Shortened again: the list's layout counts on one short line.
    title: previewLine(str(raw.title)),
    outcome: previewLine(str(raw.outcome)),
    facts: str(raw.facts),
    size: typeof raw.size === 'number' && raw.size >= 0 ? raw.size : 0,
  };
}
