import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { appStorage } from '../lib/appStorage';
import type { ToolCheck } from '../core/tools/toolCheck';
import type { ToolChoiceSetting } from '../core/tools/toolChoice';
import {
  clampSteps,
  DEFAULT_TOOLS_STATE,
  MAX_TOOLS,
  sanitiseToolsState,
  TOOLS_PERSIST_VERSION,
  type SavedTool,
  type ToolsState,
} from '../core/tools/toolsState';
import { followAcrossTabs } from '../lib/crossTabStores';

interface Checks {
  /** The exact `tools` array these results describe; stale once it changes. */
  tools: readonly SavedTool[];
  results: ToolCheck[];
}

interface Actions {
  /** Adds tools (up to the cap); returns the ids added. */
  addTools(tools: readonly { source: string; mock?: string }[]): string[];
  updateTool(id: string, patch: Partial<Omit<SavedTool, 'id'>>): void;
  removeTool(id: string): void;
  setToolChoice(choice: ToolChoiceSetting | null): void;
  setParallelToolCalls(value: boolean | null): void;
  setAutoReply(value: boolean): void;
  setMaxSteps(value: number): void;
  setChecks(checks: Checks): void;
}

interface Transient {
  /** Results of the full check (ajv loads lazily; see features/tools/toolChecks). */
  checks: Checks | null;
}

export type ToolsStore = ToolsState & Transient & Actions;

let counter = 0;
function newToolId(): string {
  counter += 1;
  return `t-${Date.now().toString(36)}-${counter.toString(36)}`;
}

export const useTools = create<ToolsStore>()(
  persist(
    (set, get) => ({
      ...structuredClone(DEFAULT_TOOLS_STATE),
      checks: null,
      addTools: (tools) => {
        const room = Math.max(0, MAX_TOOLS - get().tools.length);
        const added = tools
          .slice(0, room)
          .map((t) => ({ id: newToolId(), source: t.source, mock: t.mock ?? '' }));
        if (added.length > 0) set((s) => ({ tools: [...s.tools, ...added] }));
        return added.map((t) => t.id);
      },
      updateTool: (id, patch) =>
        set((s) => ({ tools: s.tools.map((t) => (t.id === id ? { ...t, ...patch } : t)) })),
      removeTool: (id) => set((s) => ({ tools: s.tools.filter((t) => t.id !== id) })),
      setToolChoice: (toolChoice) => set({ toolChoice }),
      setParallelToolCalls: (parallelToolCalls) => set({ parallelToolCalls }),
      setAutoReply: (autoReply) => set({ autoReply }),
      setMaxSteps: (value) => set({ maxSteps: clampSteps(value) }),
      setChecks: (checks) => set({ checks }),
    }),
    {
      name: 'llm-playground:tools',
      version: TOOLS_PERSIST_VERSION,
      storage: createJSONStorage(appStorage),
      partialize: (s): ToolsState => ({
        tools: s.tools,
        toolChoice: s.toolChoice,
        parallelToolCalls: s.parallelToolCalls,
        autoReply: s.autoReply,
        maxSteps: s.maxSteps,
      }),
      migrate: (persisted) => sanitiseToolsState(persisted),
      // Also sanitise same-version state: storage may have been edited by hand.
      merge: (persisted, current) => ({ ...current, ...sanitiseToolsState(persisted) }),
    },
  ),
);
followAcrossTabs(useTools);

/** The saved checks, when they describe the current tools. */
export function currentChecks(s: Pick<ToolsStore, 'tools' | 'checks'>): ToolCheck[] | null {
  return s.checks !== null && s.checks.tools === s.tools ? s.checks.results : null;
}
