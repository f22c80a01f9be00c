import { Slider } from 'radix-ui';
import type { KeyboardEvent } from 'react';
import { specMax, type ModelContext, type NumberSpec } from '../../core/params/registry';
import { ParamHeader } from './ParamHeader';

function decimals(step: number): number {
  const text = String(step);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

export function NumberParam({
  spec,
  ctx,
  raw,
  error,
  onChange,
  onReset,
  locked,
  idPrefix = 'param',
}: {
  spec: NumberSpec;
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
  const max = specMax(spec, ctx);
  const parsed = raw === undefined ? NaN : Number(raw);
  const current = Number.isFinite(parsed)
    ? Math.min(max, Math.max(spec.min, parsed))
    : spec.placeholder;

  const step = (direction: 1 | -1, big: boolean) => {
    const amount = spec.step * (big ? 10 : 1) * direction;
    const next = Math.min(max, Math.max(spec.min, current + amount));
    onChange(
      next.toFixed(decimals(spec.step)).replace(/\.?0+$/, (m) => (m.startsWith('.') ? '' : m)),
    );
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (locked) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      step(e.key === 'ArrowUp' ? 1 : -1, e.shiftKey);
    }
  };

  return (
    <div className={`field param${raw !== undefined ? ' param-set' : ''}`}>
      <ParamHeader
        spec={spec}
        inputId={id}
        isSet={raw !== undefined}
        onReset={onReset}
        locked={locked}
      />
      <div className="param-controls">
        {spec.slider && (
          <Slider.Root
            className="slider"
            min={spec.min}
            max={max}
            step={spec.step}
            disabled={locked}
            value={[current]}
            onValueChange={([v]) =>
              v !== undefined && onChange(String(Number(v.toFixed(decimals(spec.step)))))
            }
          >
            <Slider.Track className="slider-track">
              <Slider.Range className="slider-range" />
            </Slider.Track>
            <Slider.Thumb className="slider-thumb" aria-label={spec.label} />
          </Slider.Root>
        )}
        <input
          id={id}
          className="param-number"
          type="text"
          role="spinbutton"
          inputMode={spec.integer ? 'numeric' : 'decimal'}
          aria-valuemin={spec.min}
          aria-valuemax={max}
          aria-valuenow={Number.isFinite(parsed) ? parsed : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : locked ? `${id}-lock` : undefined}
          readOnly={locked}
          placeholder={String(spec.placeholder)}
          value={raw ?? ''}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
