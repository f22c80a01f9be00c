// The colour theme a visitor picks in the header. The choice is a plain string
// under one localStorage key, because an inline script reads it before the
// app's JavaScript loads (vite/themeBoot.ts) and must stay a few lines long.

export type ThemeChoice = 'light' | 'dark' | 'system';

export const THEME_STORAGE_KEY = 'llm-playground:theme';

export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];

/** Whatever storage holds, as a choice: anything unknown (or nothing) follows the system. */
export function parseThemeChoice(raw: unknown): ThemeChoice {
  return raw === 'light' || raw === 'dark' ? raw : 'system';
}

/**
 * The `data-theme` attribute <html> should carry: none for "system", so the
 * stylesheet follows prefers-color-scheme (and its changes) without script.
 */
export function themeAttribute(choice: ThemeChoice): 'light' | 'dark' | null {
  return choice === 'system' ? null : choice;
}
