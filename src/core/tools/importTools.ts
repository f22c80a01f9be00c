// "Import": tools pasted from anywhere — one definition, a list, a request
// body with `tools`, or the legacy `functions` / `function_call` — become
// editor texts in the `{type: "function", function}` form the playground sends.

import { isRecord } from '../dialects/wire';
import { describeDefinitionProblem } from './definitionMessages';
import { formatTool, normalizeTool } from './definitions';
import { TOOL_NAME_PATTERN } from './toolName';
import {
  functionChoice,
  isToolChoiceSetting,
  TOOL_CHOICE_MODES,
  type ToolChoiceSetting,
} from './toolChoice';

export interface ImportedTools {
  /** One editor text per tool, pretty-printed. */
  sources: string[];
  toolChoice?: ToolChoiceSetting;
  parallelToolCalls?: boolean;
  /** Something came in the legacy `functions` shape and was converted. */
  converted: boolean;
  /** Items that could not be read, with why; the rest are still imported. */
  skipped: string[];
}

export type ImportOutcome = { ok: true; imported: ImportedTools } | { ok: false; message: string };

const own = (obj: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(obj, key) ? obj[key] : undefined;

export function importTools(text: string): ImportOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    return {
      ok: false,
      message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const items: { value: unknown; from: string }[] = [];
  const imported: ImportedTools = { sources: [], converted: false, skipped: [] };
  const isContainer =
    isRecord(value) &&
    (Array.isArray(own(value, 'tools')) || Array.isArray(own(value, 'functions')));
  if (Array.isArray(value))
    value.forEach((v, i) => items.push({ value: v, from: `item ${i + 1}` }));
  else if (isRecord(value) && isContainer) {
    for (const key of ['tools', 'functions'] as const) {
      const list = own(value, key);
      if (Array.isArray(list))
        list.forEach((v, i) => items.push({ value: v, from: `${key}[${i}]` }));
    }
    const choice = toolChoiceFromWire(own(value, 'tool_choice') ?? own(value, 'function_call'));
    if (choice) imported.toolChoice = choice;
    if (!Object.hasOwn(value, 'tool_choice') && Object.hasOwn(value, 'function_call'))
      imported.converted = true;
    const parallel = own(value, 'parallel_tool_calls');
    if (typeof parallel === 'boolean') imported.parallelToolCalls = parallel;
  } else items.push({ value, from: 'the definition' });

  for (const item of items) {
    const result = normalizeTool(item.value);
    if (result.ok) {
      imported.sources.push(formatTool(result.tool));
      if (result.legacy) imported.converted = true;
    } else imported.skipped.push(`${item.from}: ${describeDefinitionProblem(result.problem)}`);
  }
  if (imported.sources.length === 0) {
    return {
      ok: false,
      message:
        imported.skipped.length > 0
          ? `No tool could be read. ${imported.skipped.join(' ')}`
          : 'No tool definitions found.',
    };
  }
  return { ok: true, imported };
}

/**
 * Reads `tool_choice` or the legacy `function_call` ("auto" | "none" |
 * {name}) from imported JSON; undefined when it is neither.
 */
export function toolChoiceFromWire(value: unknown): ToolChoiceSetting | undefined {
  if (typeof value === 'string')
    return isToolChoiceSetting(value) && (TOOL_CHOICE_MODES as readonly string[]).includes(value)
      ? value
      : undefined;
  if (!isRecord(value)) return undefined;
  const fn = Object.hasOwn(value, 'function') ? value.function : value;
  const name = isRecord(fn) && Object.hasOwn(fn, 'name') ? fn.name : undefined;
  return typeof name === 'string' && TOOL_NAME_PATTERN.test(name)
    ? functionChoice(name)
    : undefined;
}
