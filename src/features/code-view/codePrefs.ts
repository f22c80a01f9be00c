import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { CodeLanguage, CodeVariant } from '../../core/codegen';

interface CodePrefs {
  language: CodeLanguage;
  variant: CodeVariant;
  setLanguage(language: CodeLanguage): void;
  setVariant(variant: CodeVariant): void;
}

/** The last tab and variant, remembered across openings and reloads. */
export const useCodePrefs = create<CodePrefs>()(
  persist(
    (set) => ({
      language: 'curl',
      variant: 'http',
      setLanguage: (language) => set({ language }),
      setVariant: (variant) => set({ variant }),
    }),
    { name: 'llm-playground:code-view', version: 1 },
  ),
);
