import { useLayout } from '../layout/layoutStore';
import { useUi } from '../../stores/uiStore';
import { useTraces } from './traceStore';

/** Opens Inspect on this message's run, while its trace is still in memory. */
export function InspectButton({ runId }: { runId: string }) {
  const has = useTraces((s) => s.traces.some((t) => t.runId === runId));
  if (!has) return null;
  const open = () => {
    useTraces.getState().select(runId);
    useUi.getState().setDetailsTab('inspect');
    // On narrow screens the Run details zone is a drawer.
    useLayout.getState().setEndOpen(true);
  };
  return (
    <button
      type="button"
      className="icon-button"
      aria-label="Inspect request"
      title="Inspect the request and response"
      onClick={open}
    >
      ⌕
    </button>
  );
}
