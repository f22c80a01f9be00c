import type { ModelContext } from '../../core/params/registry';
import type { InputProblem } from '../../core/request/readiness';
import {
  toolProblems,
  toolRequestFields,
  toolsAvailability,
  unansweredToolCallsProblem,
} from '../../core/tools/requestFields';
import { usePlayground } from '../../stores/playgroundStore';
import { currentChecks, useTools } from '../../stores/toolsStore';
import { ensureToolChecks } from './toolChecks';

/** `tools`, `tool_choice`, `parallel_tool_calls`, when the model takes tools. */
export function toolsContribution(ctx: ModelContext): Record<string, unknown> {
  if (toolsAvailability(ctx) === 'unavailable') return {};
  // Checked tools only; while the check loads, Send is blocked (see below).
  const state = useTools.getState();
  return toolRequestFields(state, currentChecks(state));
}

/** Invalid tools, a dangling tool choice, and tool calls still waiting for results. */
export function toolsInputProblems(ctx: ModelContext): InputProblem[] {
  // Whatever the model, the APIs reject a conversation whose tool calls have no results.
  const unanswered =
    ctx.provider === 'inbrowser'
      ? []
      : unansweredToolCallsProblem(usePlayground.getState().messages);
  if (toolsAvailability(ctx) === 'unavailable') return unanswered;
  const state = useTools.getState();
  const checks = currentChecks(state);
  if (checks === null && state.tools.length > 0) ensureToolChecks();
  return [...toolProblems(state, checks), ...unanswered];
}
