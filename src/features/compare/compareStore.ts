import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  addColumn,
  moveColumn,
  removeColumn,
  updateColumn,
  type CompareColumn,
} from '../../core/compare/columns';
import {
  COMPARE_VERSION,
  sanitiseCompare,
  type PersistedCompare,
} from '../../core/compare/persisted';
import { appStorage } from '../../lib/appStorage';

interface Actions {
  setColumns(columns: CompareColumn[]): void;
  add(column: CompareColumn): void;
  remove(id: string): void;
  move(id: string, delta: -1 | 1): void;
  update(id: string, patch: Partial<Omit<CompareColumn, 'id'>>): void;
}

/** The columns' connection, model and parameters: kept across reloads, never keys. */
export const useCompareColumns = create<PersistedCompare & Actions>()(
  persist(
    (set) => ({
      columns: [],
      setColumns: (columns) => set({ columns }),
      add: (column) => set((s) => ({ columns: addColumn(s.columns, column) })),
      remove: (id) => set((s) => ({ columns: removeColumn(s.columns, id) })),
      move: (id, delta) => set((s) => ({ columns: moveColumn(s.columns, id, delta) })),
      update: (id, patch) => set((s) => ({ columns: updateColumn(s.columns, id, patch) })),
    }),
    {
      name: 'llm-playground:compare',
      version: COMPARE_VERSION,
      storage: createJSONStorage(appStorage),
      partialize: (s): PersistedCompare => ({ columns: s.columns }),
      migrate: (persisted) => sanitiseCompare(persisted),
      // Same-version state is sanitised too: storage may have been edited by hand.
      merge: (persisted, current) => ({ ...current, ...sanitiseCompare(persisted) }),
    },
  ),
);

let counter = 0;
export function newColumnId(): string {
  counter += 1;
  return `col-${Date.now().toString(36)}-${counter.toString(36)}`;
}
