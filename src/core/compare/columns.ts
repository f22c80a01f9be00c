// The compare columns as data: each has its own connection, model and raw
// parameters. Adding, removing and moving keep the 2–4 bounds, so the view
// never has to check them itself.

import type { OwnPrompt } from './ownPrompt';

export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 4;

export interface CompareColumn {
  id: string;
  connectionId: string;
  model: string | null;
  /** Raw parameter values as typed (see core/params/resolve), copied from the main panel. */
  raw: Readonly<Record<string, string>>;
  /** Its own system message and conversation ("unsynced"); absent: it runs the shared ones. */
  own?: OwnPrompt;
}

export function canAdd(columns: readonly CompareColumn[]): boolean {
  return columns.length < MAX_COLUMNS;
}

export function canRemove(columns: readonly CompareColumn[]): boolean {
  return columns.length > MIN_COLUMNS;
}

export function addColumn(
  columns: readonly CompareColumn[],
  column: CompareColumn,
): CompareColumn[] {
  return canAdd(columns) ? [...columns, column] : columns.slice();
}

export function removeColumn(columns: readonly CompareColumn[], id: string): CompareColumn[] {
  return canRemove(columns) ? columns.filter((c) => c.id !== id) : columns.slice();
}

/** Moves a column one place left (-1) or right (+1); at an edge nothing moves. */
export function moveColumn(
  columns: readonly CompareColumn[],
  id: string,
  delta: -1 | 1,
): CompareColumn[] {
  const from = columns.findIndex((c) => c.id === id);
  const to = from + delta;
  const out = columns.slice();
  if (from < 0 || to < 0 || to >= columns.length) return out;
  [out[from], out[to]] = [out[to] as CompareColumn, out[from] as CompareColumn];
  return out;
}

export function updateColumn(
  columns: readonly CompareColumn[],
  id: string,
  patch: Partial<Omit<CompareColumn, 'id'>>,
): CompareColumn[] {
  return columns.map((c) => (c.id === id ? { ...c, ...patch } : c));
}

/**
 * Tops the list up to the minimum with copies of `template` (the current
 * connection, model and parameters), and drops columns whose connection was
 * deleted meanwhile.
 */
export function withMinimum(
  columns: readonly CompareColumn[],
  connectionIds: readonly string[],
  template: Omit<CompareColumn, 'id'>,
  newId: () => string,
): CompareColumn[] {
  const kept = columns.filter((c) => connectionIds.includes(c.connectionId));
  while (kept.length < MIN_COLUMNS) kept.push({ ...template, id: newId() });
  return kept;
}
