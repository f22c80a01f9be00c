import { useTools } from '../../stores/toolsStore';

// The full tool check needs ajv, which loads only once there are tools to
// check. After it loads, the checker re-checks synchronously on every change
// (zustand calls subscribers inside `set`), so the problems that block Send
// are never stale for more than the first load.

let loading: Promise<void> | null = null;

export function ensureToolChecks(): void {
  loading ??= import('./toolChecker')
    .then((m) => m.startToolChecker())
    .catch((error: unknown) => {
      // A failed chunk load (offline after an update): allow a later retry.
      loading = null;
      console.error('Could not load the tool checker', error);
    });
}

// Tools saved from an earlier visit get checked right away; new ones when added.
if (useTools.getState().tools.length > 0) ensureToolChecks();
useTools.subscribe((s) => {
  if (s.tools.length > 0) ensureToolChecks();
});
