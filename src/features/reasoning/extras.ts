import { rawParamsFor } from '../../core/config/params';
import type { ModelContext } from '../../core/params/registry';
import { resolveParams } from '../../core/params/resolve';
import { thinkingApplies, thinkingBody, thinkingProblems } from '../../core/reasoning/thinking';
import type { InputProblem } from '../../core/request/readiness';
import { useConfig } from '../../stores/configStore';
import { usePlayground } from '../../stores/playgroundStore';
import { thinkingFor } from './thinkingStore';

export function thinkingExtras(ctx: ModelContext): Record<string, unknown> {
  return thinkingApplies(ctx) ? thinkingBody(thinkingFor(ctx.id)) : {};
}

/** The parameters the request will carry (config.json's defaults included, as in runController). */
export function resolvedParamsFor(ctx: ModelContext) {
  const stored = usePlayground.getState().paramsByModel[ctx.id];
  return resolveParams(ctx, rawParamsFor(stored, useConfig.getState().config.params));
}

export function thinkingInputProblems(ctx: ModelContext): InputProblem[] {
  if (!thinkingApplies(ctx)) return [];
  const { values, errors } = resolvedParamsFor(ctx);
  return thinkingProblems(thinkingFor(ctx.id), values, errors);
}
