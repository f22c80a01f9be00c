import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { CodeLanguage, CodeVariant } from '../../core/codegen';
import {
  CODE_PREFS_VERSION,
  DEFAULT_CODE_PREFS,
  sanitiseCodePrefs,
  type CodePrefsState,
} from '../../core/codegen/prefs';
import { appStorage } from '../../lib/appStorage';
import { followAcrossTabs } from '../../lib/crossTabStores';

interface CodePrefs extends CodePrefsState {
  setLanguage(language: CodeLanguage): void;
  setVariant(variant: CodeVariant): void;
}

/** The last tab and variant, remembered across openings and reloads. */
export const useCodePrefs = create<CodePrefs>()(
  persist(
    (set) => ({
      ...DEFAULT_CODE_PREFS,
      setLanguage: (language) => set({ language }),
      setVariant: (variant) => set({ variant }),
    }),
    {
      name: 'llm-playground:code-view',
      version: CODE_PREFS_VERSION,
      // Through the guard like every store, and nothing kept when embedded.
      storage: createJSONStorage(appStorage),
      partialize: (s): CodePrefsState => ({ language: s.language, variant: s.variant }),
      migrate: (persisted) => sanitiseCodePrefs(persisted),
      // Same-version state is sanitised too: storage may have been edited by hand.
      merge: (persisted, current) => ({ ...current, ...sanitiseCodePrefs(persisted) }),
    },
  ),
);
followAcrossTabs(useCodePrefs);
