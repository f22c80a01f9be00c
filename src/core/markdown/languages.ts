/**
 * The languages code blocks in answers are highlighted in. A small list on
 * purpose: each grammar is its own lazily loaded chunk, and an unknown
 * language is shown as plain text rather than guessed.
 */
export const HIGHLIGHT_LANGUAGES = [
  'javascript',
  'typescript',
  'python',
  'bash',
  'json',
  'html',
  'css',
  'sql',
  'go',
  'rust',
  'java',
  'c',
  'cpp',
  'yaml',
  'markdown',
  'diff',
] as const;

export type HighlightLanguage = (typeof HIGHLIGHT_LANGUAGES)[number];

/** The names models write after a fence for the languages above. */
const ALIASES: Record<string, HighlightLanguage> = {
  js: 'javascript',
  jsx: 'javascript', // shiki's JavaScript grammar understands JSX
  mjs: 'javascript',
  cjs: 'javascript',
  node: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  py: 'python',
  python3: 'python',
  py3: 'python',
  sh: 'bash',
  shell: 'bash',
  shellscript: 'bash',
  zsh: 'bash',
  console: 'bash',
  jsonc: 'json',
  json5: 'json',
  htm: 'html',
  xhtml: 'html',
  postgres: 'sql',
  postgresql: 'sql',
  mysql: 'sql',
  sqlite: 'sql',
  golang: 'go',
  rs: 'rust',
  h: 'c',
  'c++': 'cpp',
  cc: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  hh: 'cpp',
  yml: 'yaml',
  md: 'markdown',
  patch: 'diff',
};

const KNOWN = new Set<string>(HIGHLIGHT_LANGUAGES);

export function isHighlightLanguage(name: string): name is HighlightLanguage {
  return KNOWN.has(name);
}

/**
 * The grammar for a fence's info string (` ```Python title="x" ` → python),
 * or null when it is not on the list.
 */
export function languageFor(info: string | undefined): HighlightLanguage | null {
  const word = (info ?? '').trim().split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  // `{.python}` and `language-python` are spellings some models copy from HTML and Pandoc.
  const name = word
    .replace(/^\{?\.?/, '')
    .replace(/\}$/, '')
    .replace(/^language-/, '');
  if (isHighlightLanguage(name)) return name;
  return Object.hasOwn(ALIASES, name) ? (ALIASES[name] ?? null) : null;
}
