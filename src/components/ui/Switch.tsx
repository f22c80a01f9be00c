import { Switch as RadixSwitch } from 'radix-ui';
import { useId } from 'react';

export function Switch({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="switch-row">
      <RadixSwitch.Root id={id} className="switch" checked={checked} onCheckedChange={onChange}>
        <RadixSwitch.Thumb className="switch-thumb" />
      </RadixSwitch.Root>
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
