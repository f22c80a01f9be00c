import { sanitiseMessage } from '../persistence/persistedState';
import { MAX_COLUMNS, type CompareColumn } from './columns';
import type { OwnPrompt } from './ownPrompt';

/** 1: connection, model and parameters per column. 2: a column may have its own prompt. */
export const COMPARE_VERSION = 2;

export interface PersistedCompare {
  columns: CompareColumn[];
}

const MAX_ID = 100;
const MAX_VALUE = 10_000;
const MAX_PARAMS = 64;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function read(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function shortString(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= max ? value : undefined;
}

function sanitiseRaw(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const entries: [string, string][] = [];
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (typeof item !== 'string' || item.length > MAX_VALUE || key.length > MAX_ID) continue;
    entries.push([key, item]);
    if (entries.length === MAX_PARAMS) break;
  }
  // fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return Object.fromEntries(entries);
}

/** A column's own prompt, rebuilt message by message as the main conversation is. */
function sanitiseOwn(value: unknown): OwnPrompt | undefined {
  if (!isRecord(value)) return undefined;
  const system = read(value, 'system');
  const list = read(value, 'messages');
  if (typeof system !== 'string' || !Array.isArray(list)) return undefined;
  return { system, messages: list.flatMap((m, i) => sanitiseMessage(m, i) ?? []) };
}

function sanitiseColumn(value: unknown, version: number): CompareColumn | undefined {
  if (!isRecord(value)) return undefined;
  const id = shortString(read(value, 'id'), MAX_ID);
  const connectionId = shortString(read(value, 'connectionId'), MAX_ID);
  if (!id || !connectionId) return undefined;
  const model = read(value, 'model');
  const column: CompareColumn = {
    id,
    connectionId,
    model: typeof model === 'string' && model !== '' && model.length <= 500 ? model : null,
    raw: sanitiseRaw(read(value, 'raw')),
  };
  // Before version 2 every column ran the shared prompt, whatever else the value holds.
  const own = version >= 2 ? sanitiseOwn(read(value, 'own')) : undefined;
  if (own) column.own = own;
  return column;
}

/**
 * What storage holds (saved by `version`, the current one by default), made
 * safe: at most MAX_COLUMNS well-formed columns with unique ids. Anything
 * else is dropped, never thrown on. Version 1 columns become synced ones.
 */
export function sanitiseCompare(value: unknown, version = COMPARE_VERSION): PersistedCompare {
  const list = isRecord(value) ? read(value, 'columns') : undefined;
  if (!Array.isArray(list)) return { columns: [] };
  const seen = new Set<string>();
  const columns: CompareColumn[] = [];
  for (const item of list) {
    const column = sanitiseColumn(item, version);
    if (!column || seen.has(column.id)) continue;
    seen.add(column.id);
    columns.push(column);
    if (columns.length === MAX_COLUMNS) break;
  }
  return { columns };
}
