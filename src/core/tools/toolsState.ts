// The Tools panel's saved state and the sanitiser that brings whatever
// localStorage holds (older, hand-edited or corrupt) to this shape.

import { isRecord } from '../dialects/wire';
import { isToolChoiceSetting, type ToolChoiceSetting } from './toolChoice';

export const TOOLS_PERSIST_VERSION = 1;
export const DEFAULT_MAX_TOOL_STEPS = 5;
export const MAX_TOOL_STEPS_LIMIT = 50;
/** More tools than any API takes (OpenAI: 128); also bounds what storage can make us render. */
export const MAX_TOOLS = 128;
/** A definition or mock longer than this is not something a person typed. */
export const MAX_TOOL_TEXT = 200_000;

export interface SavedTool {
  id: string;
  /** The definition exactly as typed (JSON text, possibly invalid). */
  source: string;
  /** What auto-reply and the result editor answer its calls with; never sent as a tool field. */
  mock: string;
}

export interface ToolsState {
  tools: SavedTool[];
  /** null: not sent (the server decides, usually "auto"). */
  toolChoice: ToolChoiceSetting | null;
  /** null: not sent (the server's default, usually on). */
  parallelToolCalls: boolean | null;
  autoReply: boolean;
  maxSteps: number;
}

export const DEFAULT_TOOLS_STATE: ToolsState = {
  tools: [],
  toolChoice: null,
  parallelToolCalls: null,
  autoReply: false,
  maxSteps: DEFAULT_MAX_TOOL_STEPS,
};

export function clampSteps(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value)
    ? Math.min(MAX_TOOL_STEPS_LIMIT, Math.max(1, value))
    : DEFAULT_MAX_TOOL_STEPS;
}

function sanitiseTool(raw: unknown, index: number, seen: Set<string>): SavedTool | undefined {
  if (!isRecord(raw) || typeof raw.source !== 'string' || raw.source.length > MAX_TOOL_TEXT)
    return undefined;
  let id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : `restored-tool-${index}`;
  if (seen.has(id)) id = `${id}-${index}`;
  seen.add(id);
  const mock = typeof raw.mock === 'string' && raw.mock.length <= MAX_TOOL_TEXT ? raw.mock : '';
  return { id, source: raw.source, mock };
}

/** Keeps every valid piece of the saved tools; anything else falls back to the default. */
export function sanitiseToolsState(persisted: unknown): ToolsState {
  if (!isRecord(persisted)) return structuredClone(DEFAULT_TOOLS_STATE);
  const seen = new Set<string>();
  const tools = Array.isArray(persisted.tools)
    ? persisted.tools.slice(0, MAX_TOOLS).flatMap((t, i) => sanitiseTool(t, i, seen) ?? [])
    : [];
  return {
    tools,
    toolChoice: isToolChoiceSetting(persisted.toolChoice) ? persisted.toolChoice : null,
    parallelToolCalls:
      typeof persisted.parallelToolCalls === 'boolean' ? persisted.parallelToolCalls : null,
    autoReply: persisted.autoReply === true,
    maxSteps: clampSteps(persisted.maxSteps),
  };
}
