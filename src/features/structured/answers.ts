import type { ConversationMessage } from '../../core/conversation/types';
import { schemaDraft } from '../../core/structured/drafts';
import { contentKey } from '../../core/structured/persisted';
import type { AnswerCheck, AnswerExpectation } from '../../core/structured/schemaCheck';
import { usePlayground } from '../../stores/playgroundStore';
import { COMPLETION_RUN_ID, useRunStore } from '../run/runStore';
import { loadAjv, loadChecker } from './loadAjv';
import { useStructured } from './structuredStore';

/** Runs that ended this way have no finished answer worth judging. */
const UNJUDGED = new Set(['stopped', 'error']);

/**
 * Parses and validates a finished answer, then stores the verdict by message
 * id. The checks (and ajv, for a schema) are loaded first, lazily, once.
 */
export async function checkMessageAnswer(
  message: ConversationMessage,
  expected: AnswerExpectation,
): Promise<void> {
  const text = message.content;
  const result = await checkAnswerText(text, expected);
  useStructured
    .getState()
    .recordAnswer(message.id, { expected, contentKey: contentKey(text), result });
}

/** The Valid / Does not match / Not JSON verdict on a text (also used by Run ×N). */
export async function checkAnswerText(
  text: string,
  expected: AnswerExpectation,
): Promise<AnswerCheck> {
  try {
    let ajv;
    if (expected.type === 'json_schema') {
      const draft = schemaDraft(expected.schema);
      // Without ajv checkAnswer reports that the schema could not be loaded.
      ajv = 'draft' in draft ? (await loadAjv(draft.draft)).ajv : undefined;
    }
    return (await loadChecker()).checkAnswer(text, expected, ajv);
  } catch (error) {
    return { status: 'invalid', errors: [`The answer could not be checked: ${String(error)}`] };
  }
}

/**
 * Watches runs: when one starts, notes what its request asked the answer to
 * be (`expectationNow` is read synchronously, right after the request was
 * built); when it ends, checks the answer the run committed.
 */
export function watchAnswers(expectationNow: () => AnswerExpectation | null): void {
  let pending: { messageId: string; expected: AnswerExpectation } | null = null;
  useRunStore.subscribe((state, previous) => {
    const id = state.active?.messageId;
    const previousId = previous.active?.messageId;
    if (id === previousId) return;
    if (previousId && pending?.messageId === previousId) {
      const { messageId, expected } = pending;
      pending = null;
      const message = usePlayground.getState().messages.find((m) => m.id === messageId);
      if (message && message.content !== '' && !UNJUDGED.has(message.run?.status ?? ''))
        void checkMessageAnswer(message, expected);
    }
    if (id && id !== COMPLETION_RUN_ID) {
      const expected = expectationNow();
      pending = expected ? { messageId: id, expected } : null;
    }
  });
}
