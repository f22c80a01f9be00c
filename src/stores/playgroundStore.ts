import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { appStorage } from '../lib/appStorage';
import type { ConversationMessage, MessageRole } from '../core/conversation/types';
import { imagesForStorage } from '../core/images/images';
import { configParamDefaults } from './configStore';
import {
  activeConnection,
  DEFAULT_STATE,
  IN_BROWSER_CONNECTION_ID,
  migratePersisted,
  PERSIST_VERSION,
  type PendingCompletion,
  type PersistedState,
  type SavedConnection,
} from '../core/persistence/persistedState';
import type { ChatMode } from '../core/types';
import { followAcrossTabs } from '../lib/crossTabStores';

let counter = 0;
export function newMessageId(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export type ConnectionDraft = Omit<SavedConnection, 'id' | 'model'>;

interface Actions {
  /** Saves changes to a connection, or adds it (and makes it active) when `id` is null. */
  saveConnection(id: string | null, draft: ConnectionDraft): string;
  deleteConnection(id: string): void;
  switchConnection(id: string): void;
  setModel(model: string): void;
  setParam(model: string, key: string, raw: string): void;
  resetParam(model: string, key: string): void;
  setSystem(system: string): void;
  setStream(stream: boolean): void;
  setMode(mode: ChatMode): void;
  setPrompt(prompt: string): void;
  setSuffix(suffix: string): void;
  setCompletion(completion: PendingCompletion | null): void;
  addMessage(role: MessageRole, content: string): string;
  appendMessage(message: ConversationMessage): void;
  updateMessage(id: string, patch: Partial<Omit<ConversationMessage, 'id'>>): void;
  deleteMessage(id: string): void;
  toggleRole(id: string): void;
  clearConversation(): void;
  undoClear(): void;
  /** Replaces the system message and conversation (adopting another's), keeping the old ones for Undo. */
  replaceConversation(system: string, messages: ConversationMessage[], by: string): void;
  undoReplace(): void;
}

interface Transient {
  /** The conversation before the last "Clear", for undo. */
  cleared: ConversationMessage[] | null;
  /** The system message and conversation before the last replacement, and what replaced them. */
  replaced: { system: string; messages: ConversationMessage[]; by: string } | null;
}

export type PlaygroundState = PersistedState & Transient & Actions;

/** No Undo on offer: for a conversation that moved on, or was replaced on purpose. */
export const NO_UNDO: Transient = { cleared: null, replaced: null };

export const selectConnection = (s: PersistedState): SavedConnection => activeConnection(s);
export const selectModel = (s: PersistedState): string | null => activeConnection(s).model;

function newConnectionId(): string {
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

export const usePlayground = create<PlaygroundState>()(
  persist(
    (set, get) => ({
      ...structuredClone(DEFAULT_STATE),
      ...NO_UNDO,
      saveConnection: (id, draft) => {
        const existing = id === null ? undefined : get().connections.find((c) => c.id === id);
        if (!existing) {
          const created: SavedConnection = { ...draft, id: newConnectionId(), model: null };
          set((s) => ({
            connections: [...s.connections, created],
            activeConnectionId: created.id,
          }));
          return created.id;
        }
        const sameEndpoint =
          existing.provider === draft.provider && existing.baseUrl === draft.baseUrl;
        set((s) => ({
          connections: s.connections.map((c) =>
            c.id === existing.id ? { ...c, ...draft, model: sameEndpoint ? c.model : null } : c,
          ),
        }));
        return existing.id;
      },
      deleteConnection: (id) => {
        if (id === IN_BROWSER_CONNECTION_ID) return;
        set((s) => {
          const connections = s.connections.filter((c) => c.id !== id);
          const activeConnectionId =
            s.activeConnectionId === id ? IN_BROWSER_CONNECTION_ID : s.activeConnectionId;
          return { connections, activeConnectionId };
        });
      },
      switchConnection: (id) => {
        if (get().connections.some((c) => c.id === id)) set({ activeConnectionId: id });
      },
      setModel: (model) =>
        set((s) => ({
          connections: s.connections.map((c) =>
            c.id === activeConnection(s).id ? { ...c, model } : c,
          ),
        })),
      setParam: (model, key, raw) =>
        set((s) => ({
          paramsByModel: {
            ...s.paramsByModel,
            // A model's first edit starts from config.json's defaults (see core/config/params).
            [model]: { ...(s.paramsByModel[model] ?? configParamDefaults()), [key]: raw },
          },
        })),
      resetParam: (model, key) =>
        set((s) => {
          const current = { ...(s.paramsByModel[model] ?? configParamDefaults()) };
          delete current[key];
          return { paramsByModel: { ...s.paramsByModel, [model]: current } };
        }),
      setSystem: (system) => set({ system }),
      setStream: (stream) => set({ stream }),
      setMode: (mode) => set({ mode }),
      setPrompt: (prompt) => set({ prompt }),
      setSuffix: (suffix) => set({ suffix }),
      setCompletion: (completion) => set({ completion }),
      addMessage: (role, content) => {
        const id = newMessageId();
        set((s) => ({
          messages: [...s.messages, { id, role, content }],
          ...NO_UNDO,
        }));
        return id;
      },
      appendMessage: (message) => set((s) => ({ messages: [...s.messages, message], ...NO_UNDO })),
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
      clearConversation: () => set((s) => ({ cleared: s.messages, messages: [], replaced: null })),
      undoClear: () => {
        const { cleared } = get();
        if (cleared) set({ messages: cleared, cleared: null });
      },
      replaceConversation: (system, messages, by) =>
        set((s) => ({
          replaced: { system: s.system, messages: s.messages, by },
          system,
          messages,
          cleared: null,
        })),
      undoReplace: () => {
        const { replaced } = get();
        if (replaced) set({ system: replaced.system, messages: replaced.messages, replaced: null });
      },
    }),
    {
      name: 'llm-playground:state',
      version: PERSIST_VERSION,
      storage: createJSONStorage(appStorage),
      partialize: (s): PersistedState => ({
        connections: s.connections,
        activeConnectionId: s.activeConnectionId,
        paramsByModel: s.paramsByModel,
        system: s.system,
        // Large images would overflow localStorage; see imagesForStorage.
        messages: imagesForStorage(s.messages),
        stream: s.stream,
        mode: s.mode,
        prompt: s.prompt,
        suffix: s.suffix,
        completion: s.completion,
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
followAcrossTabs(usePlayground);
