import { useState } from 'react';
import { MAX_REPEATS, MIN_REPEATS, parseRepeatCount } from '../../core/repeat/analysis';
import { isEmbedded } from '../../lib/embedMode';
import { useUi } from '../../stores/uiStore';
import { useCompareMode } from '../compare/compareMode';
import { useLayout } from '../layout/layoutStore';
import { useSelectedModel } from '../models/useModels';
import { useIsRunning } from '../run/useIsRunning';
import { commitDraft, currentBlockers } from '../run/useSend';

/**
 * "Run ×N" beside Send: the same request N times, answers shown under Run
 * details → Repeat. Only this trigger is first-screen code.
 */
export function RepeatControl() {
  const [count, setCount] = useState('3');
  const { info } = useSelectedModel();
  const running = useIsRunning();
  const comparing = useCompareMode((s) => s.on);
  // The answers show in Run details, which neither compare mode nor an embedded frame has.
  if (comparing || isEmbedded()) return null;
  const parsed = parseRepeatCount(count);
  const run = () => {
    if (parsed === undefined || running) return;
    const ui = useUi.getState();
    if (currentBlockers(info).length > 0) {
      ui.setSendAttempted(true);
      return;
    }
    ui.setSendAttempted(false);
    commitDraft();
    ui.setDetailsTab('repeat');
    // The answers show in the Run details zone: open it if it was collapsed.
    useLayout.getState().setEndOpen(true);
    void import('./runRepeat').then((m) => m.runRepeat(parsed, info));
  };
  return (
    <span className="row">
      <input
        type="number"
        aria-label="Number of runs"
        min={MIN_REPEATS}
        max={MAX_REPEATS}
        step={1}
        style={{ width: '3.5rem' }}
        value={count}
        onChange={(e) => setCount(e.target.value)}
      />
      <button type="button" onClick={run} disabled={parsed === undefined || running}>
        Run ×N
      </button>
    </span>
  );
}
