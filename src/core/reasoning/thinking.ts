// Claude's extended thinking (seed 001: `thinking: {type: "enabled",
// budget_tokens}`, at least 1,024 tokens, counted toward max_tokens), and the
// rules a request must meet before it is sent.

import { isRecord } from '../dialects/wire';
import type { ModelContext } from '../params/registry';
import type { InputProblem } from '../request/readiness';

export const MIN_THINKING_BUDGET = 1024;

export interface ThinkingSettings {
  enabled: boolean;
  /** As typed, so malformed input can be shown rather than silently fixed. */
  budget: string;
}

export const DEFAULT_THINKING: ThinkingSettings = { enabled: false, budget: '2048' };

export const THINKING_VERSION = 1;

/** Field names as the user sees them (they name the blockers too). */
export const THINKING_FIELD = 'Extended thinking';
export const BUDGET_FIELD = 'Thinking budget';

export function thinkingApplies(ctx: ModelContext): boolean {
  return ctx.family === 'claude' && ctx.mode === 'chat';
}

const int = new Intl.NumberFormat('en-US');

export function parseBudget(text: string): { value: number } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '')
    return {
      error: `Enter a thinking budget of at least ${int.format(MIN_THINKING_BUDGET)} tokens.`,
    };
  if (!/^\d+$/.test(trimmed))
    return { error: 'The thinking budget must be a whole number of tokens.' };
  const value = Number(trimmed);
  if (value < MIN_THINKING_BUDGET)
    return {
      error: `The thinking budget must be at least ${int.format(MIN_THINKING_BUDGET)} tokens.`,
    };
  return { value };
}

/**
 * Everything that stops a request with extended thinking: a bad budget, a
 * budget not below Max tokens (thinking counts toward it, so Max tokens must
 * be set), and the sampling settings Anthropic refuses while thinking
 * (Temperature other than 1, Top K, Top P under 0.95). `params` are the
 * validated values that will be sent; `paramErrors` those that are invalid
 * (already reported by the parameter panel, so not repeated here).
 */
export function thinkingProblems(
  settings: ThinkingSettings,
  params: Readonly<Record<string, unknown>>,
  paramErrors: Readonly<Record<string, string>> = {},
): InputProblem[] {
  if (!settings.enabled) return [];
  const problems: InputProblem[] = [];
  const budget = parseBudget(settings.budget);
  if ('error' in budget) problems.push({ field: BUDGET_FIELD, message: budget.error });
  const maxTokens = params.max_tokens;
  if (typeof maxTokens === 'number') {
    if ('value' in budget && budget.value >= maxTokens)
      problems.push({
        field: BUDGET_FIELD,
        message: `The thinking budget (${int.format(budget.value)}) must be less than Max tokens (${int.format(maxTokens)}): thinking counts toward Max tokens.`,
      });
  } else if (!Object.hasOwn(paramErrors, 'max_tokens')) {
    problems.push({
      field: 'Max tokens',
      message: 'Extended thinking needs Max tokens set, larger than the thinking budget.',
    });
  }
  const temperature = params.temperature;
  if (typeof temperature === 'number' && temperature !== 1)
    problems.push({
      field: THINKING_FIELD,
      message: 'Extended thinking only works with Temperature 1. Reset Temperature or set it to 1.',
    });
  if (params.top_k !== undefined)
    problems.push({
      field: THINKING_FIELD,
      message: 'Extended thinking does not take Top K. Reset Top K.',
    });
  const topP = params.top_p;
  if (typeof topP === 'number' && topP < 0.95)
    problems.push({
      field: THINKING_FIELD,
      message: 'With extended thinking, Top P must be between 0.95 and 1.',
    });
  return problems;
}

/** The `thinking` field, or nothing while it is off or the budget is unusable. */
export function thinkingBody(settings: ThinkingSettings): Record<string, unknown> {
  if (!settings.enabled) return {};
  const budget = parseBudget(settings.budget);
  if ('error' in budget) return {};
  return { thinking: { type: 'enabled', budget_tokens: budget.value } };
}

/** Whatever storage holds → settings per model, dropping anything malformed. */
export function sanitiseThinking(raw: unknown): Record<string, ThinkingSettings> {
  const out: Record<string, ThinkingSettings> = {};
  const byModel = isRecord(raw) ? raw.byModel : undefined;
  if (!isRecord(byModel)) return out;
  for (const [model, value] of Object.entries(byModel)) {
    if (model === '__proto__' || !isRecord(value)) continue;
    out[model] = {
      enabled: value.enabled === true,
      budget: typeof value.budget === 'string' ? value.budget : DEFAULT_THINKING.budget,
    };
  }
  return out;
}
