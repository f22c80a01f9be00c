import type { ModelContext } from '../../core/params/registry';
import type { InputProblem } from '../../core/request/readiness';
import { toolsContribution, toolsInputProblems } from '../tools/toolsRequest';
import { thinkingExtras, thinkingInputProblems } from '../reasoning/extras';
import { responseFormatExtras, responseFormatProblems } from '../structured/extras';
import { variablesProblems } from '../variables/variablesProblems';

// The one place features beyond the parameter panel (tools, response format,
// extended thinking, …) add fields to the request and report invalid input.
// Each feature contributes one function to each list, reading its own store;
// its fields are added only when they apply to the model (`ctx`).

type Contribution = (ctx: ModelContext) => Record<string, unknown>;
type ProblemSource = (ctx: ModelContext) => InputProblem[];

const CONTRIBUTIONS: readonly Contribution[] = [
  toolsContribution,
  responseFormatExtras,
  thinkingExtras,
];
const PROBLEM_SOURCES: readonly ProblemSource[] = [
  toolsInputProblems,
  responseFormatProblems,
  thinkingInputProblems,
  variablesProblems,
];

export function requestExtras(ctx: ModelContext): Record<string, unknown> {
  return Object.assign({}, ...CONTRIBUTIONS.map((contribute) => contribute(ctx))) as Record<
    string,
    unknown
  >;
}

export function inputProblems(ctx: ModelContext): InputProblem[] {
  return PROBLEM_SOURCES.flatMap((source) => source(ctx));
}
