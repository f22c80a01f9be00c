import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { appStorage } from '../../lib/appStorage';
import {
  DEFAULT_THINKING,
  sanitiseThinking,
  THINKING_VERSION,
  type ThinkingSettings,
} from '../../core/reasoning/thinking';
import { followAcrossTabs } from '../../lib/crossTabStores';

interface ThinkingState {
  /** Extended thinking per model: a budget suits one Claude model, not every one. */
  byModel: Record<string, ThinkingSettings>;
  setThinking(model: string, change: Partial<ThinkingSettings>): void;
}

export const useThinking = create<ThinkingState>()(
  persist(
    (set) => ({
      byModel: {},
      setThinking: (model, change) =>
        set((s) => ({
          byModel: {
            ...s.byModel,
            [model]: { ...(s.byModel[model] ?? DEFAULT_THINKING), ...change },
          },
        })),
    }),
    {
      name: 'llm-playground:thinking',
      version: THINKING_VERSION,
      storage: createJSONStorage(appStorage),
      partialize: (s) => ({ byModel: s.byModel }),
      migrate: (persisted) => ({ byModel: sanitiseThinking(persisted) }),
      // Same-version state is sanitised too: storage may have been edited by hand.
      merge: (persisted, current) => ({ ...current, byModel: sanitiseThinking(persisted) }),
    },
  ),
);
followAcrossTabs(useThinking);

export function thinkingFor(model: string): ThinkingSettings {
  const s = useThinking.getState().byModel;
  return (Object.hasOwn(s, model) ? s[model] : undefined) ?? DEFAULT_THINKING;
}
