import {
  decodePartialRun,
  encodePartialRun,
  PARTIAL_RUN_KEY,
  PARTIAL_SAVE_INTERVAL_MS,
  partialChat,
  restorePartialRun,
  type PartialRun,
} from '../../core/persistence/partialRun';
import { appStorage } from '../../lib/appStorage';
import { selectModel, usePlayground } from '../../stores/playgroundStore';
import { COMPLETION_RUN_ID, useRunStore, type ActiveRun } from '../run/runStore';
import { watchAnswersElsewhere } from './answerLocks';

function storage() {
  try {
    return appStorage();
  } catch {
    return null; // localStorage denied: nothing was saved, nothing to save
  }
}

/**
 * Puts back the answer a reload cut off (the partial record written by
 * savePartialRuns), then forgets the record. Call once, at start. While
 * another tab is answering, the record is that tab's, live: it is left to it.
 */
export async function restoreInterruptedRun(): Promise<void> {
  if (await watchAnswersElsewhere()) return;
  const store = storage();
  if (!store) return;
  const raw = store.getItem(PARTIAL_RUN_KEY);
  if (typeof raw !== 'string') return;
  const patch = restorePartialRun(usePlayground.getState(), decodePartialRun(raw));
  if (patch) usePlayground.setState(patch);
  store.removeItem(PARTIAL_RUN_KEY);
}

function recordOf(active: ActiveRun): PartialRun {
  const choice = active.state.choices[0];
  if (active.messageId !== COMPLETION_RUN_ID) return partialChat(active.messageId, choice);
  const s = usePlayground.getState();
  return {
    kind: 'completion',
    prompt: s.prompt,
    model: selectModel(s) ?? '',
    text: choice?.text ?? '',
  };
}

/**
 * Keeps the partial record of the main run: at most every
 * PARTIAL_SAVE_INTERVAL_MS while it streams, at once when the page is hidden
 * or left (the last chance before a reload or a closed tab), and deleted when
 * the run ends (the answer is then in the conversation).
 */
export function savePartialRuns(): void {
  const store = storage();
  if (!store) return;
  let pending: ActiveRun | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending) store.setItem(PARTIAL_RUN_KEY, encodePartialRun(recordOf(pending)));
    pending = null;
  };

  useRunStore.subscribe((s, previous) => {
    if (s.active === previous.active) return;
    if (s.active) {
      pending = s.active;
      timer ??= setTimeout(flush, PARTIAL_SAVE_INTERVAL_MS);
      return;
    }
    clearTimeout(timer);
    timer = undefined;
    pending = null;
    store.removeItem(PARTIAL_RUN_KEY);
  });
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}
