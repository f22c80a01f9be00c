import type { ListSpec } from '../../core/params/registry';
import { ParamHeader } from './ParamHeader';

export function ListParam({
  spec,
  raw,
  error,
  onChange,
  onReset,
  locked,
  idPrefix = 'param',
}: {
  spec: ListSpec;
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
      <textarea
        id={id}
        rows={2}
        value={raw ?? ''}
        placeholder={'One per line, e.g.\nEND'}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : locked ? `${id}-lock` : undefined}
        readOnly={locked}
        spellCheck={false}
      />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
