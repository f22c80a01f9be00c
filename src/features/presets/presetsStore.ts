import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { appStorage } from '../../lib/appStorage';
import {
  MAX_PRESETS,
  PRESETS_VERSION,
  sanitisePresets,
  type Preset,
  type PresetContent,
  type PresetsState,
} from '../../core/presets/presets';
import { followAcrossTabs } from '../../lib/crossTabStores';

interface Actions {
  /** Saves under `name`: a preset of that name is updated, otherwise one is added. */
  save(name: string, content: PresetContent): 'added' | 'updated' | 'full';
  rename(id: string, name: string): void;
  remove(id: string): void;
  add(presets: readonly Preset[]): void;
}

let counter = 0;
export function newPresetId(): string {
  counter += 1;
  return `p-${Date.now().toString(36)}-${counter.toString(36)}`;
}

export const usePresets = create<PresetsState & Actions>()(
  persist(
    (set, get) => ({
      presets: [],
      save: (name, content) => {
        const existing = get().presets.find((p) => p.name.toLowerCase() === name.toLowerCase());
        if (existing) {
          set((s) => ({
            presets: s.presets.map((p) =>
              p.id === existing.id ? { ...p, ...content, updatedAt: Date.now() } : p,
            ),
          }));
          return 'updated';
        }
        if (get().presets.length >= MAX_PRESETS) return 'full';
        const preset: Preset = { id: newPresetId(), name, updatedAt: Date.now(), ...content };
        set((s) => ({ presets: [...s.presets, preset] }));
        return 'added';
      },
      rename: (id, name) =>
        set((s) => ({ presets: s.presets.map((p) => (p.id === id ? { ...p, name } : p)) })),
      remove: (id) => set((s) => ({ presets: s.presets.filter((p) => p.id !== id) })),
      add: (presets) => set((s) => ({ presets: [...s.presets, ...presets].slice(0, MAX_PRESETS) })),
    }),
    {
      name: 'llm-playground:presets',
      version: PRESETS_VERSION,
      // No storage in an embedded frame (see lib/appStorage).
      storage: createJSONStorage(appStorage),
      partialize: (s): PresetsState => ({ presets: s.presets }),
      migrate: (persisted) => sanitisePresets(persisted),
      // Same-version state is sanitised too: storage may have been edited by hand.
      merge: (persisted, current) => ({ ...current, ...sanitisePresets(persisted) }),
    },
  ),
);
followAcrossTabs(usePresets);
