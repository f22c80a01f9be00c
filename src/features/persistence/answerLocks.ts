import { useAnsweringElsewhere } from '../../stores/answeringElsewhere';
import { usePlayground } from '../../stores/playgroundStore';
import { COMPLETION_RUN_ID, useRunStore } from '../run/runStore';

// A tab answering a chat message holds a Web Lock named after it for as long
// as the answer streams. The browser frees it when the answer ends or the tab
// goes (closed, crashed), so another tab can tell an answer in progress
// elsewhere from one a reload cut off.
const PREFIX = 'llm-playground:answering:';

function lockManager(): LockManager | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/** Holds the lock of the answer this tab streams, from its first event to its end. */
export function holdAnswerLocks(): void {
  const locks = lockManager();
  if (!locks) return;
  let heldFor: string | null = null;
  let release: (() => void) | null = null;
  useRunStore.subscribe((s) => {
    const id = s.active && s.active.messageId !== COMPLETION_RUN_ID ? s.active.messageId : null;
    if (id === heldFor) return;
    release?.();
    release = null;
    heldFor = id;
    if (id === null) return;
    const done = new Promise<void>((resolve) => (release = resolve));
    // Shared: no tab ever waits to take it, and each answer has a name of its own.
    void locks.request(PREFIX + id, { mode: 'shared' }, () => done).catch(() => undefined);
  });
}

const PLAYGROUND_KEY = usePlayground.persist.getOptions().name ?? '';
/** How long a finished answer's save may take to arrive from the tab that answered it. */
const FINAL_SAVE_WAIT_MS = 1500;

/** Whether this tab's copy of message `id` is still the one saved while it streamed. */
function isSavedAsStreaming(id: string): boolean {
  const message = usePlayground.getState().messages.find((m) => m.id === id);
  return message?.run?.status === 'interrupted';
}

/** Resolves once another tab has saved `key` (followOtherTabs has loaded it then), or after `ms`. */
function nextSaveOf(key: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('storage', onStorage);
      resolve();
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) done();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener('storage', onStorage);
  });
}

/**
 * The answers other tabs are streaming now. Each is listed in
 * useAnsweringElsewhere until its lock is free (that tab finished, or went),
 * and true comes back when there is at least one.
 */
export async function watchAnswersElsewhere(): Promise<boolean> {
  const locks = lockManager();
  let names: string[] = [];
  try {
    const { held = [] } = (await locks?.query()) ?? {};
    names = held.flatMap((lock) => (lock.name?.startsWith(PREFIX) ? [lock.name] : []));
  } catch {
    // Cannot tell: answers saved as streaming were cut off, as after any reload.
  }
  const ids = new Set(names.map((name) => name.slice(PREFIX.length)));
  useAnsweringElsewhere.setState({ ids, checked: true });
  if (!locks || ids.size === 0) return false;
  for (const id of ids) {
    // Granted once the answering tab lets go: then it is an ordinary answer again.
    void locks
      .request(PREFIX + id, async () => {
        // That tab saved the finished answer before letting go, but the save
        // reaches this tab a little later, with its storage event (until
        // then, this tab's localStorage still reads the old state). Without
        // waiting, the answer would show as cut off in between. A tab that
        // went mid-answer saves nothing more: its answer shows as cut off
        // once the wait is over.
        if (isSavedAsStreaming(id)) await nextSaveOf(PLAYGROUND_KEY, FINAL_SAVE_WAIT_MS);
        const next = new Set(useAnsweringElsewhere.getState().ids);
        next.delete(id);
        useAnsweringElsewhere.setState({ ids: next });
      })
      .catch(() => undefined);
  }
  return true;
}
