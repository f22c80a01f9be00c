// What the Tools panel adds to a request, when tools apply to the model, and
// what it finds wrong before sending. Pure: the feature passes its state in.

import type { ConversationMessage } from '../conversation/types';
import type { ModelContext } from '../params/registry';
import type { InputProblem } from '../request/readiness';
import { describeIssue, isValidCheck, type ToolCheck } from './toolCheck';
import type { ToolDefinition } from './definitions';
import { toolNameOf } from './toolName';
import { forcedFunction, toolChoiceToWire } from './toolChoice';
import { pendingToolCalls } from './pendingToolCalls';
import type { ToolsState } from './toolsState';

/**
 * 'listed': the API says the model takes tools (the "Agent" badge).
 * 'unlisted': an OpenAI-compatible server that does not say; tools are
 * offered with a warning. 'unavailable': not for this model or mode (the
 * in-browser engine included: see the Tools panel's note in the report).
 */
export type ToolsAvailability = 'listed' | 'unlisted' | 'unavailable';

export function toolsAvailability(ctx: ModelContext): ToolsAvailability {
  if (ctx.mode !== 'chat' || ctx.provider === 'inbrowser') return 'unavailable';
  const resources = ctx.info?.resources ?? [];
  if (resources.includes('tools')) return 'listed';
  // A server that lists capabilities but not tools has said no.
  return ctx.provider === 'openai' && resources.length === 0 ? 'unlisted' : 'unavailable';
}

/**
 * The tools as checked (`checks`, null until the lazy checker has run for
 * these exact tools): only definitions that passed every check are sent, in
 * the `{type: "function", function}` form, whatever shape they were typed in.
 */
export function toolRequestFields(
  state: ToolsState,
  checks: readonly ToolCheck[] | null,
): Record<string, unknown> {
  const tools = (checks ?? [])
    .filter(isValidCheck)
    .map((c) => c.tool)
    .filter((t): t is ToolDefinition => t !== undefined);
  // tool_choice and parallel_tool_calls without tools are rejected by the APIs.
  if (tools.length === 0) return {};
  const fields: Record<string, unknown> = { tools };
  if (state.toolChoice !== null) fields.tool_choice = toolChoiceToWire(state.toolChoice);
  if (state.parallelToolCalls !== null) fields.parallel_tool_calls = state.parallelToolCalls;
  return fields;
}

const NAME_IN_TEXT = /"name"\s*:\s*"([^"\\\n]{1,64})"/;

/**
 * How the panel names a tool: its function name, read loosely from the text
 * while the JSON is broken, so the label (and the editor's name) stays put
 * while the user types.
 */
export function toolLabel(source: string, index: number): string {
  return toolNameOf(source) ?? NAME_IN_TEXT.exec(source)?.[1] ?? `tool ${index + 1}`;
}

/**
 * Why the tools block sending. `checks` is null while the full check (with
 * ajv) has not run yet for these exact tools.
 */
export function toolProblems(
  state: ToolsState,
  checks: readonly ToolCheck[] | null,
): InputProblem[] {
  if (state.tools.length === 0) return [];
  if (checks === null) {
    return [
      { field: 'Tools', message: 'still checking the tool definitions; try again in a moment.' },
    ];
  }
  const problems: InputProblem[] = [];
  const names = new Set<string>();
  checks.forEach((check, i) => {
    if (isValidCheck(check)) {
      if (check.name !== undefined) names.add(check.name);
      return;
    }
    const issue = check.issues.find((x) => x.blocking);
    problems.push({
      field: `tool ${check.name ?? toolLabel(state.tools[i]?.source ?? '', i)}`,
      message: issue ? describeIssue(issue) : 'the definition is not valid.',
    });
  });
  const forced = state.toolChoice === null ? undefined : forcedFunction(state.toolChoice);
  if (forced !== undefined && problems.length === 0 && !names.has(forced)) {
    problems.push({
      field: 'Tool choice',
      message: `no tool is named "${forced}"; pick another choice or add that tool.`,
    });
  }
  return problems;
}

/** An assistant's tool calls without results: the API rejects any other next message. */
export function unansweredToolCallsProblem(
  messages: readonly ConversationMessage[],
): InputProblem[] {
  const pending = pendingToolCalls(messages);
  if (pending === null) return [];
  const names = pending.calls.map((c) => c.function.name || c.id).join(', ');
  return [
    {
      field: 'Tool results',
      message: `the assistant's tool calls (${names}) have no results yet; submit results under them, or delete that message.`,
    },
  ];
}
