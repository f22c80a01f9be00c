import { PARAMS } from '../../core/params/registry';
import { describeBlocker } from '../../core/request/readiness';
import { usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { useAttachments } from '../images/attachmentsStore';
import { useSelectedModel } from '../models/useModels';
import { useThinking } from '../reasoning/thinkingStore';
import { useStructured } from '../structured/structuredStore';
import { useTools } from '../../stores/toolsStore';
import { useVariables } from '../variables/variablesStore';
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
  usePlayground((s) => s.system); // JSON object mode looks for "JSON" in it
  useStructured((s) => s.settings);
  useStructured((s) => s.schemaCheck);
  useThinking((s) => s.byModel);
  useTools((s) => s); // tools, their checks and the tool choice
  useAttachments((s) => s.images);
  useVariables((s) => s.values);
  if (!attempted) return null;
  const blockers = currentBlockers(info);
  if (blockers.length === 0) return null;
  return (
    <ul className="blockers" role="alert" aria-label="Why nothing was sent">
      {blockers.map((b, i) => (
        // Several features can each report an invalid input: the kind alone is not unique.
        <li key={`${b.kind}-${i}`}>{describeBlocker(b, labelOf)}</li>
      ))}
    </ul>
  );
}
