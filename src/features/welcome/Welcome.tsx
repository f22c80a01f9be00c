import { lazy, Suspense } from 'react';
import { isEmbedded } from '../../lib/embedMode';
import { usePlayground } from '../../stores/playgroundStore';
import { useLayout } from '../layout/layoutStore';

const WelcomeCard = lazy(() => import('./WelcomeCard'));

/**
 * No playground state saved yet: this is someone's first visit. Read once,
 * when the app loads, before anything is saved (the store writes only on change).
 */
function firstVisit(): boolean {
  if (isEmbedded()) return false; // a host page set the frame up: no welcome there, ever
  const { name, storage } = usePlayground.persist.getOptions();
  try {
    return name !== undefined && storage !== undefined && storage.getItem(name) === null;
  } catch {
    return false; // storage blocked: better no welcome than one on every visit
  }
}

const FIRST_VISIT = firstVisit();

/** The first-run welcome above the conversation, until dismissed. Not modal: nothing waits on it. */
export function Welcome() {
  const dismissed = useLayout((s) => s.welcomeDismissed);
  if (!FIRST_VISIT || dismissed) return null;
  return (
    <Suspense fallback={null}>
      <WelcomeCard />
    </Suspense>
  );
}
