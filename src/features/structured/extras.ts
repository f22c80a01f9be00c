import type { ModelContext } from '../../core/params/registry';
import type { InputProblem } from '../../core/request/readiness';
import {
  JSON_WORD_MESSAGE,
  mentionsJson,
  parseSchemaText,
  responseFormatApplies,
  responseFormatBody,
  schemaNameProblem,
  type ResponseFormatSettings,
} from '../../core/structured/responseFormat';
import type { AnswerExpectation } from '../../core/structured/schemaCheck';
import { usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { watchAnswers } from './answers';
import { useStructured } from './structuredStore';

/** What the last built request asked the answer to be (read when a run starts). */
let lastExpectation: AnswerExpectation | null = null;

export function sentExpectation(): AnswerExpectation | null {
  return lastExpectation;
}

function expectationOf(settings: ResponseFormatSettings): AnswerExpectation | null {
  if (settings.mode === 'json_object') return { type: 'json_object' };
  if (settings.mode !== 'json_schema') return null;
  const parsed = parseSchemaText(settings.schemaText);
  return parsed.ok ? { type: 'json_schema', name: settings.name, schema: parsed.value } : null;
}

/**
 * `response_format` for the request. It also remembers what it asked for:
 * the run that is about to start built its request through here, and its
 * answer is checked against exactly that (see answers.ts).
 */
export function responseFormatExtras(ctx: ModelContext): Record<string, unknown> {
  const { settings } = useStructured.getState();
  const body = responseFormatApplies(ctx) ? responseFormatBody(settings) : undefined;
  lastExpectation = body ? expectationOf(settings) : null;
  return body ? { response_format: body } : {};
}

/** The texts JSON mode's rule looks at: the system message, every message, and the draft. */
export function contextTexts(): string[] {
  const s = usePlayground.getState();
  return [s.system, ...s.messages.map((m) => m.content), useUi.getState().draft];
}

export const SCHEMA_FIELD = 'JSON schema';

export function responseFormatProblems(ctx: ModelContext): InputProblem[] {
  if (!responseFormatApplies(ctx)) return [];
  const { settings, schemaCheck } = useStructured.getState();
  if (settings.mode === 'json_object') {
    return mentionsJson(contextTexts())
      ? []
      : [{ field: 'Response format', message: JSON_WORD_MESSAGE }];
  }
  if (settings.mode !== 'json_schema') return [];
  const problems: InputProblem[] = [];
  const nameProblem = schemaNameProblem(settings.name);
  if (nameProblem) problems.push({ field: 'Schema name', message: nameProblem });
  const parsed = parseSchemaText(settings.schemaText);
  const located = schemaCheck?.text === settings.schemaText ? schemaCheck.errors[0] : undefined;
  if (!parsed.ok) {
    // The located message ("at line 3, column 18") once the checker has worked it out.
    problems.push({ field: SCHEMA_FIELD, message: located ?? parsed.message });
  } else if (schemaCheck?.text !== settings.schemaText || schemaCheck.status === 'pending') {
    problems.push({
      field: SCHEMA_FIELD,
      message: 'Still checking the schema; send again in a moment.',
    });
  } else if (schemaCheck.errors.length > 0) {
    const [first, ...rest] = schemaCheck.errors;
    problems.push({
      field: SCHEMA_FIELD,
      message: rest.length > 0 ? `${first} (and ${rest.length} more)` : (first ?? ''),
    });
  }
  return problems;
}

watchAnswers(sentExpectation);
