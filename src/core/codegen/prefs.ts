// View code's remembered tab and variant, as localStorage holds them.

import { isRecord } from '../dialects/wire';
import type { CodeLanguage, CodeVariant } from './index';

export interface CodePrefsState {
  language: CodeLanguage;
  variant: CodeVariant;
}

export const CODE_PREFS_VERSION = 1;
export const DEFAULT_CODE_PREFS: CodePrefsState = { language: 'curl', variant: 'http' };

const LANGUAGES: readonly CodeLanguage[] = ['curl', 'python', 'javascript'];
const VARIANTS: readonly CodeVariant[] = ['http', 'sdk'];

/**
 * Version 1 is the first version (a version 0 value has the same shape); a
 * value that names no known tab or variant falls back to the default.
 */
export function sanitiseCodePrefs(raw: unknown): CodePrefsState {
  if (!isRecord(raw)) return { ...DEFAULT_CODE_PREFS };
  return {
    language: LANGUAGES.find((l) => l === raw.language) ?? DEFAULT_CODE_PREFS.language,
    variant: VARIANTS.find((v) => v === raw.variant) ?? DEFAULT_CODE_PREFS.variant,
  };
}
