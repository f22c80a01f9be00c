// Two tabs of the playground share one localStorage. Without following each
// other, the tab that saves last writes back its stale copy of everything
// the other changed. A tab therefore loads a store again when another tab
// saves it, except while it is answering: its answer is in flight, and the
// run's end saves this tab's state anyway. What came in meanwhile for other
// stores is loaded when the run ends.

export interface TabFollower {
  /** Another tab saved `key`. */
  saved(key: string): void;
  /** This tab's run ended (or it was not running): load what waited. */
  idle(): void;
}

export function createTabFollower({
  isKnown,
  isBusy,
  reload,
}: {
  isKnown: (key: string) => boolean;
  isBusy: () => boolean;
  reload: (key: string) => void;
}): TabFollower {
  const waiting = new Set<string>();
  return {
    saved(key) {
      if (!isKnown(key)) return;
      if (isBusy()) waiting.add(key);
      else reload(key);
    },
    idle() {
      if (isBusy()) return;
      const keys = [...waiting];
      waiting.clear();
      for (const key of keys) reload(key);
    },
  };
}
