import { useEffect, useState } from 'react';
import { highlight, type HighlightLanguage } from '../../lib/highlighter';

/** Plain text at once, swapped for shiki's markup when it is ready. */
export function HighlightedCode({
  code,
  lang,
  label,
}: {
  code: string;
  lang: HighlightLanguage;
  label: string;
}) {
  const [html, setHtml] = useState<{ code: string; html: string } | null>(null);
  useEffect(() => {
    let cancelled = false;
    highlight(code, lang)
      .then((result) => !cancelled && setHtml({ code, html: result }))
      .catch(() => undefined); // highlighting is a nicety: the plain text stays
    return () => {
      cancelled = true;
    };
  }, [code, lang]);
  const ready = html?.code === code;
  return (
    <div
      className="code-block"
      role="region"
      aria-label={label}
      tabIndex={0}
      data-highlighted={ready || undefined}
    >
      {ready ? (
        // shiki escapes the code it renders; the markup holds only spans and styles.
        <div dangerouslySetInnerHTML={{ __html: html.html }} />
      ) : (
        <pre>
          <code>{code}</code>
        </pre>
      )}
    </div>
  );
}
