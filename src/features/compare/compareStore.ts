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
  appendToUnsynced,
  editOwn,
  restoreOwn,
  syncBack,
  unsync,
  type OwnPrompt,
} from '../../core/compare/ownPrompt';
import type { ConversationMessage } from '../../core/conversation/types';
import {
  COMPARE_VERSION,
  sanitiseCompare,
  type PersistedCompare,
} from '../../core/compare/persisted';
import { appStorage } from '../../lib/appStorage';
import { followAcrossTabs } from '../../lib/crossTabStores';

interface Transient {
  /** Own prompts given up by "sync back", per column, until undone or replaced. */
  discarded: Readonly<Record<string, OwnPrompt>>;
}

interface Actions {
  setColumns(columns: CompareColumn[]): void;
  add(column: CompareColumn): void;
  remove(id: string): void;
  move(id: string, delta: -1 | 1): void;
  update(id: string, patch: Partial<Omit<CompareColumn, 'id'>>): void;
  /** Gives the column its own copy of `shared` (the playground's system message and conversation). */
  unsync(id: string, shared: OwnPrompt): void;
  /** Back to the shared prompt; the column's own copy is kept in `discarded` for Undo. */
  syncBack(id: string): void;
  undoSyncBack(id: string): void;
  editOwn(id: string, edit: (own: OwnPrompt) => OwnPrompt): void;
  /** Send's new user message, into every unsynced column's own conversation. */
  appendToUnsynced(message: ConversationMessage): void;
}

function without(record: Readonly<Record<string, OwnPrompt>>, id: string) {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== id));
}

/** The columns' connection, model, parameters and own prompts: kept across reloads, never keys. */
export const useCompareColumns = create<PersistedCompare & Transient & Actions>()(
  persist(
    (set) => ({
      columns: [],
      discarded: {},
      setColumns: (columns) => set({ columns }),
      add: (column) => set((s) => ({ columns: addColumn(s.columns, column) })),
      remove: (id) => set((s) => ({ columns: removeColumn(s.columns, id) })),
      move: (id, delta) => set((s) => ({ columns: moveColumn(s.columns, id, delta) })),
      update: (id, patch) => set((s) => ({ columns: updateColumn(s.columns, id, patch) })),
      unsync: (id, shared) =>
        set((s) => ({
          columns: unsync(s.columns, id, shared),
          discarded: without(s.discarded, id),
        })),
      syncBack: (id) =>
        set((s) => {
          const { columns, discarded } = syncBack(s.columns, id);
          return {
            columns,
            discarded: discarded ? { ...s.discarded, [id]: discarded } : s.discarded,
          };
        }),
      undoSyncBack: (id) =>
        set((s) => {
          const own = Object.hasOwn(s.discarded, id) ? s.discarded[id] : undefined;
          if (!own) return {};
          return { columns: restoreOwn(s.columns, id, own), discarded: without(s.discarded, id) };
        }),
      editOwn: (id, edit) => set((s) => ({ columns: editOwn(s.columns, id, edit) })),
      // Like the main conversation's "cleared", the Undo offer ends with the next Send.
      appendToUnsynced: (message) =>
        set((s) => ({ columns: appendToUnsynced(s.columns, message), discarded: {} })),
    }),
    {
      name: 'llm-playground:compare',
      version: COMPARE_VERSION,
      storage: createJSONStorage(appStorage),
      partialize: (s): PersistedCompare => ({ columns: s.columns }),
      migrate: (persisted, version) => sanitiseCompare(persisted, version),
      // Same-version state is sanitised too: storage may have been edited by hand.
      merge: (persisted, current) => ({ ...current, ...sanitiseCompare(persisted) }),
    },
  ),
);
followAcrossTabs(useCompareColumns);

let counter = 0;
export function newColumnId(): string {
  counter += 1;
  return `col-${Date.now().toString(36)}-${counter.toString(36)}`;
}
