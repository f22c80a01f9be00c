import { create } from 'zustand';
import type { RunSummary } from '../../core/conversation/types';
import type { RunState } from '../../core/stream/runReducer';
import type { AnswerCheck, AnswerExpectation } from '../../core/structured/schemaCheck';

export interface RepeatItem {
  state: RunState | null;
  summary?: RunSummary;
  /** The structured-output verdict, when the request asked for JSON. */
  check?: AnswerCheck;
}

export interface RepeatBatch {
  model: string;
  /** What the request asked the answer to be (response_format), if anything. */
  expected: AnswerExpectation | null;
  items: RepeatItem[];
  running: boolean;
  concurrency: number;
  /** The answer adopted into the conversation, if one was. */
  adopted?: number;
}

/** The last Run ×N: not persisted (run history keeps runs). */
export const useRepeat = create<{ batch: RepeatBatch | null }>()(() => ({ batch: null }));

export function patchItem(index: number, patch: Partial<RepeatItem>): void {
  useRepeat.setState((s) => {
    if (!s.batch) return s;
    const items = s.batch.items.slice();
    items[index] = { ...(items[index] ?? { state: null }), ...patch };
    return { batch: { ...s.batch, items } };
  });
}

export function patchBatch(patch: Partial<RepeatBatch>): void {
  useRepeat.setState((s) => (s.batch ? { batch: { ...s.batch, ...patch } } : s));
}
