/// <reference lib="webworker" />
// Highlights code off the main thread. Shiki compiles a grammar's rules the
// first time text needs them, and a long fence takes a while to tokenise:
// either alone can outlast a frame, and on the main thread they would stall a
// streaming answer or a keystroke. Here they only delay the colours.
import type { HighlighterCore, LanguageInput } from 'shiki/core';
import type { HighlightLanguage } from '../core/markdown/languages';

export interface HighlightJob {
  id: number;
  code: string;
  lang: HighlightLanguage;
}

export type HighlightReply = { id: number; html: string } | { id: number; error: string };

/**
 * One lazily imported grammar per language on the list (each is its own
 * chunk, fetched the first time a code block in that language is shown).
 * The import paths are literal so the bundler can split them.
 */
const GRAMMARS: Record<HighlightLanguage, () => LanguageInput> = {
  javascript: () => import('shiki/langs/javascript.mjs'),
  typescript: () => import('shiki/langs/typescript.mjs'),
  python: () => import('shiki/langs/python.mjs'),
  bash: () => import('shiki/langs/bash.mjs'),
  json: () => import('shiki/langs/json.mjs'),
  html: () => import('shiki/langs/html.mjs'),
  css: () => import('shiki/langs/css.mjs'),
  sql: () => import('shiki/langs/sql.mjs'),
  go: () => import('shiki/langs/go.mjs'),
  rust: () => import('shiki/langs/rust.mjs'),
  java: () => import('shiki/langs/java.mjs'),
  c: () => import('shiki/langs/c.mjs'),
  cpp: () => import('shiki/langs/cpp.mjs'),
  yaml: () => import('shiki/langs/yaml.mjs'),
  markdown: () => import('shiki/langs/markdown.mjs'),
  diff: () => import('shiki/langs/diff.mjs'),
};

let highlighter: Promise<HighlighterCore> | null = null;
const languages = new Map<HighlightLanguage, Promise<void>>();

/**
 * Shiki with the JavaScript regex engine (no WebAssembly) and no grammar,
 * loaded on first use. A failed load (say, offline) is forgotten so the next
 * job tries again.
 */
function loadHighlighter(): Promise<HighlighterCore> {
  highlighter ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
      import('shiki/core'),
      import('shiki/engine/javascript'),
    ]);
    return createHighlighterCore({
      engine: createJavaScriptRegexEngine(),
      // github-dark-default, not github-dark: its comments meet WCAG AA contrast.
      themes: [
        import('shiki/themes/github-light.mjs'),
        import('shiki/themes/github-dark-default.mjs'),
      ],
      langs: [],
    });
  })().catch((error: unknown) => {
    highlighter = null;
    throw error;
  });
  return highlighter;
}

function loadLanguage(shiki: HighlighterCore, lang: HighlightLanguage): Promise<void> {
  let loading = languages.get(lang);
  if (!loading) {
    loading = shiki.loadLanguage(GRAMMARS[lang]()).catch((error: unknown) => {
      languages.delete(lang);
      throw error;
    });
    languages.set(lang, loading);
  }
  return loading;
}

/**
 * Each colour is `light-dark(light, dark)`: the browser picks by the page's
 * color-scheme, so the code follows the theme the visitor chose (or the
 * system) and switches with it, without highlighting again.
 */
async function highlight({ code, lang }: HighlightJob): Promise<string> {
  const shiki = await loadHighlighter();
  await loadLanguage(shiki, lang);
  return shiki.codeToHtml(code, {
    lang,
    themes: { light: 'github-light', dark: 'github-dark-default' },
    defaultColor: 'light-dark()',
  });
}

self.onmessage = async (event: MessageEvent<HighlightJob>) => {
  const { id } = event.data;
  let reply: HighlightReply;
  try {
    reply = { id, html: await highlight(event.data) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
