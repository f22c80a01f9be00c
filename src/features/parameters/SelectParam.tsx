import { Select } from '../../components/ui/Select';
import type { ModelContext, SelectSpec } from '../../core/params/registry';
import { ParamHeader } from './ParamHeader';

export function SelectParam({
  spec,
  ctx,
  raw,
  error,
  onChange,
  onReset,
  locked,
  idPrefix = 'param',
}: {
  spec: SelectSpec;
  ctx: ModelContext;
  raw: string | undefined;
  error?: string;
  onChange(raw: string): void;
  onReset(): void;
  locked?: boolean;
  /** Keeps ids unique when a second copy of the control is on the page (compare columns). */
  idPrefix?: string;
}) {
  const id = `${idPrefix}-${spec.key}`;
  return (
    <div className={`field param${raw !== undefined ? ' param-set' : ''}`}>
      <ParamHeader
        spec={spec}
        inputId={id}
        isSet={raw !== undefined}
        onReset={onReset}
        locked={locked}
      />
      <Select
        id={id}
        label={spec.label}
        value={raw ?? ''}
        placeholder={`Server default (usually ${spec.placeholder})`}
        options={spec.options(ctx).map((o) => ({ value: o, label: o }))}
        onChange={onChange}
        invalid={Boolean(error)}
        disabled={locked}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
