// The words for definition problems (see DefinitionProblem): loaded with the
// checker and the import, not with the first screen.

import type { DefinitionProblem } from './definitions';

export function describeDefinitionProblem(problem: DefinitionProblem): string {
  switch (problem.code) {
    case 'not-object':
      return 'A tool is a JSON object: {"type": "function", "function": {"name": …}}.';
    case 'unknown-shape':
      return 'Expected {"type": "function", "function": {"name", "description", "parameters"}} (or a legacy {"name", "parameters"} function).';
    case 'type-missing':
      return '"type": "function" is missing.';
    case 'type-not-function':
      return `Only function tools can be defined here ("type": "function"), not ${JSON.stringify(problem.value)}.`;
    case 'function-not-object':
      return '"function" must be an object with at least a "name".';
    case 'name-missing':
      return 'The function has no "name".';
    case 'name-not-string':
      return 'The function "name" must be a string.';
    case 'name-invalid':
      return problem.value === ''
        ? 'The function name is empty; use 1–64 letters, digits, _ or -.'
        : `The function name "${String(problem.value)}" must be 1–64 letters, digits, _ or - (no spaces or dots).`;
    case 'description-not-string':
      return '"description" must be a string.';
    case 'parameters-not-object':
      return '"parameters" must be a JSON Schema object, e.g. {"type": "object", "properties": {…}}.';
    case 'strict-not-boolean':
      return '"strict" must be true or false.';
  }
}
