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

/** For when the check cannot run at all (its chunk failed to load): no answer is elsewhere then. */
export function markAnswersChecked(): void {
  useAnsweringElsewhere.setState({ checked: true });
}
