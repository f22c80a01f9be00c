import type { RunSummary } from '../../core/conversation/types';
import { settleOnLeave } from '../../core/persistence/runSummary';

let leaving = false;

// beforeunload comes before the browser cancels the page's requests; pagehide
// covers the cases without it. Any sign of life means the page stayed (a
// cancelled navigation, or a return from the back/forward cache).
if (typeof window !== 'undefined') {
  const leave = () => {
    leaving = true;
  };
  const stay = () => {
    leaving = false;
  };
  window.addEventListener('beforeunload', leave);
  window.addEventListener('pagehide', leave);
  for (const type of ['pageshow', 'pointerdown', 'keydown'])
    window.addEventListener(type, stay, { capture: true });
}

/** The run's summary, told apart from a real failure when the page is being left. */
export function settleRun(run: RunSummary): RunSummary {
  return settleOnLeave(run, leaving);
}
