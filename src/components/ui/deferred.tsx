import { useState, type ComponentType } from 'react';

/**
 * What the user did to a placeholder before the real widget had loaded:
 * `open` (pressed it, so the widget mounts open) and `focus` (it had focus,
 * which its removal loses, so the widget takes it back).
 */
export interface Intent {
  open: boolean;
  focus: boolean;
}

export const NO_INTENT: Intent = { open: false, focus: false };

/**
 * A widget whose library (Radix Select, Tooltip and the positioning code they
 * share) is not first-screen code: a look-alike placeholder with the same
 * role and name stands in until the user shows intent (pointer over it,
 * focus, press), which loads the widget and swaps it in. The placeholder
 * stays mounted (and focused) until the widget is there: no Suspense
 * fallback, which would replace it at once and lose focus and key presses.
 * Once loaded, every instance renders the widget directly.
 */
export function deferred<P extends object>(
  load: () => Promise<{ default: ComponentType<P & { intent: Intent }> }>,
  Placeholder: ComponentType<P & { onIntent(intent: Partial<Intent>): void }>,
): ComponentType<P> & { preload(): void } {
  let Widget: ComponentType<P & { intent: Intent }> | null = null;
  let loading: Promise<void> | null = null;
  const ensureLoaded = () =>
    (loading ??= load().then(
      (m) => {
        Widget = m.default;
      },
      (error: unknown) => {
        loading = null; // offline for a moment: the next intent tries again
        throw error;
      },
    ));
  function Deferred(props: P) {
    const [intent, setIntent] = useState<Intent>(NO_INTENT);
    const [, setLoaded] = useState(false);
    if (Widget) return <Widget {...props} intent={intent} />;
    const onIntent = (next: Partial<Intent>) => {
      setIntent((prev) => ({ ...prev, ...next }));
      ensureLoaded().then(
        () => setLoaded(true),
        () => undefined, // the placeholder stays; it still shows the value
      );
    };
    return <Placeholder {...props} onIntent={onIntent} />;
  }
  /**
   * Fetches the widget ahead of use, so that a first press finds it there and
   * goes to the real widget (the placeholder path stays for a press that comes
   * first, or a fetch that failed).
   */
  Deferred.preload = () => {
    ensureLoaded().catch(() => undefined);
  };
  return Deferred;
}

/**
 * Runs `task` once the first screen is up and the page has nothing else to do:
 * code the user will probably need soon, fetched off the critical path.
 */
export function whenIdle(task: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 1000); // Safari has no requestIdleCallback
}

/** Gives focus back to `element` when the placeholder that had it was swapped out. */
export function reclaimFocus(intent: Intent, element: HTMLElement | null) {
  const lost = document.activeElement === null || document.activeElement === document.body;
  if (intent.focus && lost) element?.focus();
}
