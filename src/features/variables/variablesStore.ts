import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { appStorage } from '../../lib/appStorage';
import {
  sanitiseVariables,
  VARIABLES_VERSION,
  withValue,
  type VariablesState,
} from '../../core/variables/variables';
import { templateTexts } from '../../core/variables/conversation';
import { usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { followAcrossTabs } from '../../lib/crossTabStores';

interface VariablesStore extends VariablesState {
  setValue(name: string, value: string): void;
}

/** Values of prompt variables, kept across reloads (names and values only). */
export const useVariables = create<VariablesStore>()(
  persist(
    (set) => ({
      values: sanitiseVariables(null).values,
      setValue: (name, value) => set((s) => ({ values: withValue(s.values, name, value) })),
    }),
    {
      name: 'llm-playground:variables',
      version: VARIABLES_VERSION,
      storage: createJSONStorage(appStorage),
      partialize: (s): VariablesState => ({ values: s.values }),
      migrate: (persisted) => sanitiseVariables(persisted),
      // Same-version state is sanitised too: storage may have been edited by hand.
      merge: (persisted, current) => ({ ...current, ...sanitiseVariables(persisted) }),
    },
  ),
);
followAcrossTabs(useVariables);

/** The texts whose `{{name}}`s count right now, from the playground's state. */
export function currentTemplateTexts(mode: 'chat' | 'complete'): string[] {
  const s = usePlayground.getState();
  return templateTexts({
    mode,
    system: s.system,
    messages: s.messages,
    draft: useUi.getState().draft,
    prompt: s.prompt,
    suffix: s.suffix,
  });
}
