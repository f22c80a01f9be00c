import { create } from 'zustand';

/**
 * Answers another tab of the playground is streaming right now (by message
 * id). This tab loaded them saved as "streaming", which after a reload means
 * cut off; these are not, and show as in progress elsewhere instead.
 */
export const useAnsweringElsewhere = create<{ ids: ReadonlySet<string> }>()(() => ({
  ids: new Set<string>(),
}));
