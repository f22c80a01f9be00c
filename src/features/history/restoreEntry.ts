import type { HistoryEntry } from '../../core/history/entry';
import { restorePlan } from '../../core/history/restore';
import { NO_UNDO, usePlayground } from '../../stores/playgroundStore';

/** Puts a kept run back into the editor; returns a note when something could not come back. */
export function restoreEntry(entry: HistoryEntry): string | undefined {
  const s = usePlayground.getState();
  const plan = restorePlan(
    entry,
    s.connections.map((c) => c.id),
  );
  if (plan.connectionId) {
    s.switchConnection(plan.connectionId);
    usePlayground.getState().setModel(plan.model);
  }
  usePlayground.setState((state) => ({
    paramsByModel: { ...state.paramsByModel, [plan.model]: plan.params },
    system: plan.system,
    messages: plan.messages,
    mode: plan.mode,
    prompt: plan.prompt,
    suffix: plan.suffix,
    completion: plan.completion,
    // What was there before is replaced on purpose (the user confirmed), not "cleared".
    ...NO_UNDO,
  }));
  return plan.note;
}
