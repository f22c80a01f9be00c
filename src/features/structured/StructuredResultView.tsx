import { useEffect } from 'react';
import type { ConversationMessage } from '../../core/conversation/types';
import { contentKey } from '../../core/structured/persisted';
import type { AnswerCheck, AnswerExpectation } from '../../core/structured/schemaCheck';
import { checkMessageAnswer } from './answers';
import { useStructured } from './structuredStore';
import './structured.css';

function badgeText(result: AnswerCheck, expected: AnswerExpectation): string {
  if (result.status === 'valid') return 'Valid JSON';
  if (result.status === 'not-json') return 'Not JSON';
  return expected.type === 'json_schema' ? 'Does not match the schema' : 'Not a JSON object';
}

/**
 * The verdict on an answer that was asked for JSON: a pass/fail badge, the
 * validation errors, and the JSON re-indented in a collapsible block.
 */
export function StructuredResultView({ message }: { message: ConversationMessage }) {
  const record = useStructured((s) =>
    Object.hasOwn(s.answers, message.id) ? s.answers[message.id] : undefined,
  );
  const key = contentKey(message.content);
  const stale = record !== undefined && record.contentKey !== key;
  useEffect(() => {
    // The answer was edited, or another choice picked: judge the new text.
    if (record && stale) void checkMessageAnswer(message, record.expected);
  }, [record, stale, message]);
  if (!record || stale) return null;
  const { result, expected } = record;
  return (
    <section className="structured-result" aria-label="Structured output check">
      <div className="structured-result-head">
        <span className={`badge badge-${result.status}`}>{badgeText(result, expected)}</span>
        <span className="fine">
          {expected.type === 'json_schema'
            ? `checked against the schema “${expected.name}”`
            : 'JSON object mode'}
        </span>
      </div>
      {result.errors.length > 0 && (
        <ul className="structured-errors" aria-label="Validation errors">
          {result.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {result.pretty !== undefined && (
        <details className="structured-json" open>
          <summary>Formatted JSON</summary>
          <pre>{result.pretty}</pre>
        </details>
      )}
    </section>
  );
}
