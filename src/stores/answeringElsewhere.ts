import { create } from 'zustand';

/**
 * Answers another tab of the playground is streaming right now (by message
 * id). This tab loaded them saved as "streaming", which after a reload means
 * cut off; these are not, and show as in progress elsewhere instead. Until
 * this tab has asked (`checked`), an answer saved as streaming is neither.
 */
export const useAnsweringElsewhere = create<{ ids: ReadonlySet<string>; checked: boolean }>()(
  () => ({ ids: new Set<string>(), checked: false }),
);

/** Where the check cannot be made (no Web Locks, a chunk that failed to load): none is. */
export function markAnswersChecked(): void {
  useAnsweringElsewhere.setState({ checked: true });
}
