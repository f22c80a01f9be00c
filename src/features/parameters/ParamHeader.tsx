import { HelpTip } from '../../components/ui/Tip';
import type { ParamSpec } from '../../core/params/registry';

export function ParamHeader({
  spec,
  inputId,
  isSet,
  onReset,
  locked,
}: {
  spec: ParamSpec;
  inputId: string;
  isSet: boolean;
  onReset(): void;
  /** Fixed by config.json: shown, never editable or resettable. */
  locked?: boolean;
}) {
  return (
    <div className="field-label-row">
      <label className="field-label" htmlFor={inputId}>
        {spec.label}
      </label>
      <HelpTip label={spec.label}>{spec.help}</HelpTip>
      <span className={isSet ? 'param-state is-set' : 'param-state'}>
        {isSet ? 'sent' : 'not sent'}
      </span>
      {isSet && !locked && (
        <button
          type="button"
          className="icon-button"
          onClick={onReset}
          aria-label={`Reset ${spec.label}`}
          title="Reset: leave it out of the request"
        >
          ↺
        </button>
      )}
      {locked && (
        <span className="field-hint param-lock" id={`${inputId}-lock`}>
          {isSet
            ? 'Locked by this deployment: always sent with this value.'
            : 'Locked by this deployment: never sent.'}
        </span>
      )}
    </div>
  );
}
