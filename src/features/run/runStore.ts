import { create } from 'zustand';
import type { RunState } from '../../core/stream/runReducer';

export interface ActiveRun {
  messageId: string;
  state: RunState;
}

interface RunStore {
  active: ActiveRun | null;
}

/** The streaming answer lives here, not in the persisted store, so a fast
 * stream never serialises the whole conversation to localStorage per frame. */
export const useRunStore = create<RunStore>()(() => ({ active: null }));

/** The run id Complete mode streams under (it has no conversation message). */
export const COMPLETION_RUN_ID = 'completion';
