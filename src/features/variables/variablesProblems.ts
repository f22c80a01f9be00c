import type { ModelContext } from '../../core/params/registry';
import type { InputProblem } from '../../core/request/readiness';
import { missingVariables } from '../../core/variables/variables';
import { currentTemplateTexts, useVariables } from './variablesStore';

/** Send waits until every `{{name}}` in use has a value (see requestExtras). */
export function variablesProblems(ctx: ModelContext): InputProblem[] {
  const missing = missingVariables(currentTemplateTexts(ctx.mode), useVariables.getState().values);
  if (missing.length === 0) return [];
  const names = missing.map((n) => `{{${n}}}`).join(', ');
  return [
    {
      field: 'Variables',
      message: `give ${names} a value in the Variables panel (or write \\{{…}} to send the braces as they are).`,
    },
  ];
}
