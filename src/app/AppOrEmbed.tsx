import { lazy, Suspense } from 'react';
import { isEmbedded } from '../lib/embedMode';
import { App } from './App';

// An embedded frame (`?embed=1`) has its own layout and the host bridge; both
// load only then, so the first screen of a normal visit carries none of it.
const EmbedApp = lazy(() => import('../features/embed/EmbedApp'));

export function AppOrEmbed() {
  return isEmbedded() ? (
    <Suspense fallback={null}>
      <EmbedApp />
    </Suspense>
  ) : (
    <App />
  );
}
