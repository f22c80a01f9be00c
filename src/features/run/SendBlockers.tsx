import { PARAMS } from '../../core/params/registry';
import { describeBlocker } from '../../core/request/readiness';
import { usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { useSelectedModel } from '../models/useModels';
import { currentBlockers } from './useSend';

const labelOf = (key: string) => PARAMS.find((p) => p.key === key)?.label ?? key;

/** Why the last Send did nothing, kept up to date while the user fixes it. */
export function SendBlockers() {
  const attempted = useUi((s) => s.sendAttempted);
  const { info } = useSelectedModel();
  // Re-evaluated on every change the blockers depend on.
  usePlayground((s) => s.paramsByModel);
  usePlayground((s) => s.prompt);
  usePlayground((s) => s.activeConnectionId);
  useUi((s) => s.draft);
  if (!attempted) return null;
  const blockers = currentBlockers(info);
  if (blockers.length === 0) return null;
  return (
    <ul className="blockers" role="alert" aria-label="Why nothing was sent">
      {blockers.map((b) => (
        <li key={b.kind}>{describeBlocker(b, labelOf)}</li>
      ))}
    </ul>
  );
}
