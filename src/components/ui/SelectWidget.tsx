import { Select as RadixSelect } from 'radix-ui';
import { useEffect, useRef } from 'react';
import { reclaimFocus, type Intent } from './deferred';
import type { SelectProps } from './Select';

/** The Radix select behind `Select`; loads when a select is first used. */
export default function SelectWidget({
  label,
  value,
  options,
  onChange,
  placeholder,
  id,
  invalid,
  disabled,
  intent,
}: SelectProps & { intent: Intent }) {
  const trigger = useRef<HTMLButtonElement>(null);
  // Opened by the press that loaded it, the list takes focus (and gives it back on close).
  useEffect(() => {
    if (!intent.open) reclaimFocus(intent, trigger.current);
  }, [intent]);
  return (
    <RadixSelect.Root
      value={value}
      onValueChange={onChange}
      disabled={disabled}
      defaultOpen={intent.open}
    >
      <RadixSelect.Trigger
        ref={trigger}
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
