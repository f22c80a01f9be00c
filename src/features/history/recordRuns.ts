// Keeps every main-playground run in the history. Only this subscription is
// first-screen code; the store, idb and the database open on the first run.

import { isEmbedded } from '../../lib/embedMode';
import { onRunFinished } from '../run/runEvents';

if (!isEmbedded()) {
  onRunFinished((run) => {
    void import('./historyStore').then((m) => m.recordRun(run));
  });
}
