import type { ConversationMessage } from '../conversation/types';

export interface ReadinessInput {
  model: string | null;
  paramErrors: Readonly<Record<string, string>>;
  messages: readonly ConversationMessage[];
  /** Text still in the composer, which Send would add as a user message. */
  draft: string;
  /** Images attached in the composer, which go with that message. */
  draftImages?: number;
  apiKey: string;
  keyRequired: boolean;
  /** Invalid inputs of other features (a tool, a schema, an image), already described. */
  problems?: readonly InputProblem[];
}

/** Something a feature found invalid: shown next to its field, and it blocks Send. */
export interface InputProblem {
  /** The field's name as the user sees it, e.g. "Tools" or "JSON schema". */
  field: string;
  message: string;
}

export type Blocker =
  | { kind: 'no-model' }
  | { kind: 'invalid-params'; keys: string[] }
  | { kind: 'no-key' }
  | { kind: 'empty-conversation' }
  | { kind: 'invalid-input'; problem: InputProblem };

/** Why Send cannot go ahead, if anything: nothing invalid ever reaches the API. */
export function sendBlockers(input: ReadinessInput): Blocker[] {
  const blockers: Blocker[] = [];
  if (!input.model) blockers.push({ kind: 'no-model' });
  const invalid = Object.keys(input.paramErrors);
  if (invalid.length > 0) blockers.push({ kind: 'invalid-params', keys: invalid });
  if (input.keyRequired && input.apiKey.trim() === '') blockers.push({ kind: 'no-key' });
  const hasContent =
    input.draft.trim() !== '' ||
    (input.draftImages ?? 0) > 0 ||
    input.messages.some((m) => m.content.trim() !== '' || (m.images?.length ?? 0) > 0);
  if (!hasContent) blockers.push({ kind: 'empty-conversation' });
  for (const problem of input.problems ?? []) blockers.push({ kind: 'invalid-input', problem });
  return blockers;
}

export function describeBlocker(blocker: Blocker, labelOf: (key: string) => string): string {
  switch (blocker.kind) {
    case 'no-model':
      return 'Pick a model first.';
    case 'invalid-params':
      return `Fix ${blocker.keys.map(labelOf).join(', ')} before sending.`;
    case 'no-key':
      return 'Add your API key in Connection settings.';
    case 'empty-conversation':
      return 'Write a message first.';
    case 'invalid-input':
      return `Fix ${blocker.problem.field}: ${blocker.problem.message}`;
  }
}
