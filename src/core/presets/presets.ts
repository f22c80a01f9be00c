// Presets: a named copy of the model, parameters, system message, tools and
// response format. The sanitiser brings whatever localStorage or an imported
// file holds to this shape, keeping every valid preset and dropping the rest.

import { isRecord } from '../dialects/wire';
import type { ResponseFormatSettings } from '../structured/responseFormat';
import { sanitiseStructured } from '../structured/persisted';
import type { ToolChoiceSetting } from '../tools/toolChoice';
import { sanitiseToolsState } from '../tools/toolsState';

export const PRESETS_VERSION = 1;
/** The `format` of an exported file, so an unrelated JSON file is refused by name. */
export const PRESETS_FILE_FORMAT = 'llm-playground-presets';
export const MAX_PRESETS = 200;
export const MAX_PRESET_NAME = 80;
/** A system message longer than this was not typed by a person; refuse the preset. */
export const MAX_SYSTEM_CHARS = 200_000;

export interface PresetTool {
  source: string;
  mock: string;
}

/** What a preset holds; never a key, and a connection only by its id. */
export interface PresetContent {
  /** The saved connection it was made on (null: any). */
  connectionId: string | null;
  model: string | null;
  /** Parameters as typed (see core/params/resolve). */
  params: Record<string, string>;
  system: string;
  tools: PresetTool[];
  toolChoice: ToolChoiceSetting | null;
  parallelToolCalls: boolean | null;
  responseFormat: ResponseFormatSettings;
}

export interface Preset extends PresetContent {
  id: string;
  name: string;
  updatedAt: number;
}

export interface PresetsState {
  presets: Preset[];
}

export function cleanName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_PRESET_NAME);
}

/** `name`, or `name (2)`, `name (3)`… whichever is not taken (case-insensitive). */
export function uniqueName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

function sanitiseParams(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    if (key !== '__proto__' && typeof value === 'string') out[key] = value;
  }
  return out;
}

/** The content of a preset, or undefined when it is not one. */
export function sanitiseContent(raw: unknown): PresetContent | undefined {
  if (!isRecord(raw)) return undefined;
  const system = typeof raw.system === 'string' ? raw.system : '';
  if (system.length > MAX_SYSTEM_CHARS) return undefined;
  // Tools and the response format follow exactly the rules of their own saved state.
  const tools = sanitiseToolsState({
    tools: raw.tools,
    toolChoice: raw.toolChoice,
    parallelToolCalls: raw.parallelToolCalls,
  });
  return {
    connectionId:
      typeof raw.connectionId === 'string' && raw.connectionId !== '' ? raw.connectionId : null,
    model: typeof raw.model === 'string' && raw.model !== '' ? raw.model : null,
    params: sanitiseParams(raw.params),
    system,
    tools: tools.tools.map((t) => ({ source: t.source, mock: t.mock })),
    toolChoice: tools.toolChoice,
    parallelToolCalls: tools.parallelToolCalls,
    responseFormat: sanitiseStructured({ settings: raw.responseFormat }).settings,
  };
}

function sanitisePreset(raw: unknown, index: number, seen: Set<string>): Preset | undefined {
  if (!isRecord(raw) || typeof raw.name !== 'string') return undefined;
  const name = cleanName(raw.name);
  const content = sanitiseContent(raw);
  if (name === '' || !content) return undefined;
  let id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : `restored-preset-${index}`;
  if (seen.has(id)) id = `${id}-${index}`;
  seen.add(id);
  const updatedAt =
    typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt) ? raw.updatedAt : 0;
  return { id, name, updatedAt, ...content };
}

/** Brings stored presets (any shape) back; used as the store's migrate and merge. */
export function sanitisePresets(raw: unknown): PresetsState {
  if (!isRecord(raw) || !Array.isArray(raw.presets)) return { presets: [] };
  const seen = new Set<string>();
  const presets = raw.presets
    .slice(0, MAX_PRESETS)
    .flatMap((p, i) => sanitisePreset(p, i, seen) ?? []);
  return { presets };
}

/** The JSON text of an export file (ids and times stay behind: they mean nothing elsewhere). */
export function exportPresets(presets: readonly Preset[]): string {
  const file = {
    format: PRESETS_FILE_FORMAT,
    version: PRESETS_VERSION,
    presets: presets.map(({ id: _id, updatedAt: _at, ...content }) => content),
  };
  return JSON.stringify(file, null, 2);
}

export interface ImportResult {
  /** Ready to add: new ids, names made unique against the existing ones and each other. */
  presets: Preset[];
  /** Entries of the file that were not presets. */
  skipped: number;
  /** Why nothing could be imported. */
  error?: string;
}

/**
 * Reads an export file. It is untrusted text: anything that is not a preset
 * is skipped and counted, never merged into the store as-is.
 */
export function parseImport(
  text: string,
  existingNames: readonly string[],
  newId: () => string,
  now: number,
): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { presets: [], skipped: 0, error: 'The file is not JSON.' };
  }
  if (!isRecord(raw) || raw.format !== PRESETS_FILE_FORMAT || !Array.isArray(raw.presets))
    return { presets: [], skipped: 0, error: 'The file is not an LLM Playground presets file.' };
  if (typeof raw.version === 'number' && raw.version > PRESETS_VERSION)
    return {
      presets: [],
      skipped: 0,
      error: `The file was made by a newer version (format version ${raw.version}).`,
    };
  const taken = [...existingNames];
  const presets: Preset[] = [];
  let skipped = 0;
  const room = Math.max(0, MAX_PRESETS - existingNames.length);
  for (const item of raw.presets) {
    const content = sanitiseContent(item);
    const name = isRecord(item) && typeof item.name === 'string' ? cleanName(item.name) : '';
    if (!content || name === '' || presets.length >= room) {
      skipped += 1;
      continue;
    }
    const unique = uniqueName(name, taken);
    taken.push(unique);
    presets.push({ id: newId(), name: unique, updatedAt: now, ...content });
  }
  return { presets, skipped };
}
