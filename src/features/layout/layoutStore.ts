import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  DEFAULT_LAYOUT_PREFS,
  LAYOUT_PREFS_VERSION,
  sanitiseLayoutPrefs,
  type LayoutPrefs,
} from '../../core/layout/layoutPrefs';
import { appStorage } from '../../lib/appStorage';
import { useUi } from '../../stores/uiStore';
import { followAcrossTabs } from '../../lib/crossTabStores';

interface LayoutState extends LayoutPrefs {
  setStartOpen(open: boolean): void;
  setEndOpen(open: boolean): void;
  dismissWelcome(): void;
}

/** Open or collapsed side zones and the dismissed welcome, remembered across visits. */
export const useLayout = create<LayoutState>()(
  persist(
    (set) => ({
      ...DEFAULT_LAYOUT_PREFS,
      setStartOpen: (startOpen) => set({ startOpen }),
      setEndOpen: (endOpen) => set({ endOpen }),
      dismissWelcome: () => set({ welcomeDismissed: true }),
    }),
    {
      name: 'llm-playground:layout',
      version: LAYOUT_PREFS_VERSION,
      storage: createJSONStorage(appStorage),
      partialize: (s): LayoutPrefs => ({
        startOpen: s.startOpen,
        endOpen: s.endOpen,
        welcomeDismissed: s.welcomeDismissed,
      }),
      migrate: (persisted) => sanitiseLayoutPrefs(persisted),
      merge: (persisted, current) => ({ ...current, ...sanitiseLayoutPrefs(persisted) }),
    },
  ),
);
followAcrossTabs(useLayout);

/** A feature that opens a Run details tab (useUi.setDetailsTab) also expands a collapsed zone. */
export function expandDetailsOnRequest(): () => void {
  return useUi.subscribe((state, previous) => {
    if (state.detailsTab !== previous.detailsTab) useLayout.getState().setEndOpen(true);
  });
}
