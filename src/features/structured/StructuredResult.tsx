import { lazy, Suspense } from 'react';
import type { ConversationMessage } from '../../core/conversation/types';
import { useStructured } from './structuredStore';

const StructuredResultView = lazy(() =>
  import('./StructuredResultView').then((m) => ({ default: m.StructuredResultView })),
);

/** The JSON check of an answer, for answers that were asked for JSON (loaded when one is). */
export function StructuredResult({ message }: { message: ConversationMessage }) {
  const checked = useStructured((s) => Object.hasOwn(s.answers, message.id));
  if (!checked) return null;
  return (
    <Suspense fallback={null}>
      <StructuredResultView message={message} />
    </Suspense>
  );
}
