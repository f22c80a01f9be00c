import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ConversationMessage, MessageRole } from '../core/conversation/types';
import {
  DEFAULT_STATE,
  migratePersisted,
  PERSIST_VERSION,
  type ConnectionSettings,
  type PersistedState,
} from '../core/persistence/persistedState';

let counter = 0;
export function newMessageId(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

interface Actions {
  setConnection(connection: ConnectionSettings): void;
  setModel(model: string): void;
  setParam(model: string, key: string, raw: string): void;
  resetParam(model: string, key: string): void;
  setSystem(system: string): void;
  setStream(stream: boolean): void;
  addMessage(role: MessageRole, content: string): string;
  appendMessage(message: ConversationMessage): void;
  updateMessage(id: string, patch: Partial<Omit<ConversationMessage, 'id'>>): void;
  deleteMessage(id: string): void;
  toggleRole(id: string): void;
  clearConversation(): void;
  undoClear(): void;
}

interface Transient {
  /** The conversation before the last "Clear", for undo. */
  cleared: ConversationMessage[] | null;
}

export type PlaygroundState = PersistedState & Transient & Actions;

export const usePlayground = create<PlaygroundState>()(
  persist(
    (set, get) => ({
      ...structuredClone(DEFAULT_STATE),
      cleared: null,
      setConnection: (connection) => set({ connection }),
      setModel: (model) => set({ model }),
      setParam: (model, key, raw) =>
        set((s) => ({
          paramsByModel: { ...s.paramsByModel, [model]: { ...s.paramsByModel[model], [key]: raw } },
        })),
      resetParam: (model, key) =>
        set((s) => {
          const current = { ...s.paramsByModel[model] };
          delete current[key];
          return { paramsByModel: { ...s.paramsByModel, [model]: current } };
        }),
      setSystem: (system) => set({ system }),
      setStream: (stream) => set({ stream }),
      addMessage: (role, content) => {
        const id = newMessageId();
        set((s) => ({ messages: [...s.messages, { id, role, content }], cleared: null }));
        return id;
      },
      appendMessage: (message) =>
        set((s) => ({ messages: [...s.messages, message], cleared: null })),
      updateMessage: (id, patch) =>
        set((s) => ({ messages: s.messages.map((m) => (m.id === id ? { ...m, ...patch } : m)) })),
      deleteMessage: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
      toggleRole: (id) =>
        set((s) => ({
          messages: s.messages.map((m) =>
            m.id === id && m.role !== 'tool'
              ? { ...m, role: m.role === 'user' ? 'assistant' : 'user' }
              : m,
          ),
        })),
      clearConversation: () => set((s) => ({ cleared: s.messages, messages: [] })),
      undoClear: () => {
        const { cleared } = get();
        if (cleared) set({ messages: cleared, cleared: null });
      },
    }),
    {
      name: 'llm-playground:state',
      version: PERSIST_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): PersistedState => ({
        connection: s.connection,
        model: s.model,
        paramsByModel: s.paramsByModel,
        system: s.system,
        messages: s.messages,
        stream: s.stream,
      }),
      migrate: (persisted, version) => migratePersisted(persisted, version),
      // Also sanitise same-version state: storage may have been edited by hand.
      merge: (persisted, current) => ({
        ...current,
        ...migratePersisted(persisted, PERSIST_VERSION),
      }),
    },
  ),
);
