import type { HighlighterCore } from 'shiki/core';

export type HighlightLanguage = 'bash' | 'python' | 'javascript';

let highlighter: Promise<HighlighterCore> | null = null;

/**
 * Shiki with only the three languages View code needs and the JavaScript
 * regex engine (no WebAssembly), loaded on first use and shared afterwards.
 */
function loadHighlighter(): Promise<HighlighterCore> {
  highlighter ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
      import('shiki/core'),
      import('shiki/engine/javascript'),
    ]);
    return createHighlighterCore({
      engine: createJavaScriptRegexEngine(),
      themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
      langs: [
        import('shiki/langs/bash.mjs'),
        import('shiki/langs/python.mjs'),
        import('shiki/langs/javascript.mjs'),
      ],
    });
  })();
  return highlighter;
}

/** HTML for the code, with light and dark colours as CSS variables. */
export async function highlight(code: string, lang: HighlightLanguage): Promise<string> {
  const shiki = await loadHighlighter();
  return shiki.codeToHtml(code, {
    lang,
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: 'light',
  });
}
