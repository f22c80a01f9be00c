import type { KeyboardEvent } from 'react';
import { deferred, type Intent } from './deferred';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps {
  label: string;
  value: string | undefined;
  options: readonly SelectOption[];
  onChange(value: string): void;
  placeholder?: string;
  id?: string;
  invalid?: boolean;
  disabled?: boolean;
}

/** The keys that open a Radix select from its trigger. */
const OPEN_KEYS = new Set([' ', 'Enter', 'ArrowDown', 'ArrowUp']);

/** The closed trigger, as Radix renders it, until the select is first used. */
function SelectPlaceholder({
  label,
  value,
  options,
  placeholder,
  id,
  invalid,
  disabled,
  onIntent,
}: SelectProps & { onIntent(intent: Partial<Intent>): void }) {
  const chosen = options.find((o) => o.value === value);
  return (
    <button
      type="button"
      role="combobox"
      aria-expanded={false}
      data-state="closed"
      aria-autocomplete="none"
      className="select-trigger"
      aria-label={label}
      id={id}
      aria-invalid={invalid || undefined}
      disabled={disabled}
      data-placeholder={chosen ? undefined : ''}
      onPointerEnter={() => onIntent({})}
      onFocus={() => onIntent({ focus: true })}
      onPointerDown={(e) => {
        if (e.button === 0) onIntent({ open: true });
      }}
      onKeyDown={(e: KeyboardEvent) => {
        if (OPEN_KEYS.has(e.key)) {
          e.preventDefault();
          onIntent({ open: true, focus: true });
        }
      }}
    >
      <span style={{ pointerEvents: 'none' }}>{chosen?.label ?? placeholder}</span>
      <span aria-hidden="true">▾</span>
    </button>
  );
}

/** A Radix select whose trigger is a combobox named by `label`. */
export const Select = deferred<SelectProps>(() => import('./SelectWidget'), SelectPlaceholder);
