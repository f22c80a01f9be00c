// "Tool choice" as the panel stores it (a plain string, so it fits a select
// and localStorage) and as the API receives it.

import { TOOL_NAME_PATTERN } from './toolName';

export type ToolChoiceMode = 'auto' | 'none' | 'required';
/** A mode, or `function:<name>` to force that function. */
export type ToolChoiceSetting = ToolChoiceMode | `function:${string}`;

export type WireToolChoice = ToolChoiceMode | { type: 'function'; function: { name: string } };

export const TOOL_CHOICE_MODES: readonly ToolChoiceMode[] = ['auto', 'none', 'required'];

const PREFIX = 'function:';

export function functionChoice(name: string): ToolChoiceSetting {
  return `${PREFIX}${name}`;
}

/** The function a setting forces, if it forces one. */
export function forcedFunction(setting: ToolChoiceSetting): string | undefined {
  return setting.startsWith(PREFIX) ? setting.slice(PREFIX.length) : undefined;
}

export function isToolChoiceSetting(value: unknown): value is ToolChoiceSetting {
  if (typeof value !== 'string') return false;
  if ((TOOL_CHOICE_MODES as readonly string[]).includes(value)) return true;
  return value.startsWith(PREFIX) && TOOL_NAME_PATTERN.test(value.slice(PREFIX.length));
}

export function toolChoiceToWire(setting: ToolChoiceSetting): WireToolChoice {
  const name = forcedFunction(setting);
  return name === undefined
    ? (setting as ToolChoiceMode)
    : { type: 'function', function: { name } };
}
