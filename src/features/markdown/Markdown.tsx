import { lazy, Suspense } from 'react';
import { PlainText } from './PlainText';

// marked, DOMPurify and the renderer are a chunk of their own: the first
// screen never waits for them, and an answer shows as plain text until they
// arrive. If the chunk cannot load (offline after an update), plain text stays.
const MarkdownView = lazy(() => import('./MarkdownView').catch(() => ({ default: PlainText })));

/** An assistant answer rendered as GitHub-flavoured markdown, sanitised. */
export function Markdown({ text, streaming }: { text: string; streaming?: boolean }) {
  return (
    <Suspense fallback={<PlainText text={text} streaming={streaming} />}>
      <MarkdownView text={text} streaming={streaming} />
    </Suspense>
  );
}
