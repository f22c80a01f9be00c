import { Select as RadixSelect } from 'radix-ui';

export interface SelectOption {
  value: string;
  label: string;
}

/** A Radix select whose trigger is a combobox named by `label`. */
export function Select({
  label,
  value,
  options,
  onChange,
  placeholder,
  id,
  invalid,
  disabled,
}: {
  label: string;
  value: string | undefined;
  options: readonly SelectOption[];
  onChange(value: string): void;
  placeholder?: string;
  id?: string;
  invalid?: boolean;
  disabled?: boolean;
}) {
  return (
    <RadixSelect.Root value={value} onValueChange={onChange} disabled={disabled}>
      <RadixSelect.Trigger
        className="select-trigger"
        aria-label={label}
        id={id}
        aria-invalid={invalid || undefined}
      >
        <RadixSelect.Value placeholder={placeholder} />
        <RadixSelect.Icon aria-hidden="true">▾</RadixSelect.Icon>
      </RadixSelect.Trigger>
      <RadixSelect.Portal>
        <RadixSelect.Content className="popover select-content" position="popper" sideOffset={4}>
          <RadixSelect.Viewport>
            {options.map((o) => (
              <RadixSelect.Item key={o.value} value={o.value} className="select-item">
                <RadixSelect.ItemText>{o.label}</RadixSelect.ItemText>
              </RadixSelect.Item>
            ))}
          </RadixSelect.Viewport>
        </RadixSelect.Content>
      </RadixSelect.Portal>
    </RadixSelect.Root>
  );
}
