import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppOrEmbed } from './app/AppOrEmbed';
import { Providers } from './app/Providers';
import { whenIdle } from './components/ui/deferred';
import { Select } from './components/ui/Select';
import { HelpTip } from './components/ui/Tip';
import { loadRuntimeConfig } from './features/config/loadConfig';
import { markAnswersChecked } from './stores/answeringElsewhere';
import './app/app.css';

// Before the first render: it decides whether this is a fresh profile.
void loadRuntimeConfig();
// An answer a reload cut off mid-stream is put back (marked interrupted) and the
// streaming answer is saved now and then from here on; what other tabs save is
// followed. Not first-screen code.
void import('./features/persistence/partialRuns').then(
  (m) => {
    void m.restoreInterruptedRun();
    m.savePartialRuns();
  },
  // Answers saved as streaming then show as cut off rather than waiting for a check.
  () => markAnswersChecked(),
);
void import('./features/persistence/answerLocks').then((m) => m.holdAnswerLocks());
void import('./features/persistence/followOtherTabs').then((m) => m.followOtherTabs());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <Providers>
      <AppOrEmbed />
    </Providers>
  </StrictMode>,
);

// The select and tip widgets are not first-screen code, but nearly every visit
// uses them: fetched once the page is idle, the first press opens at once.
whenIdle(() => {
  Select.preload();
  HelpTip.preload();
});
