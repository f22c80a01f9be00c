import { Dialog } from 'radix-ui';
import { paramsFor, type ModelContext } from '../../core/params/registry';
import { resolveParams } from '../../core/params/resolve';
import type { CompareColumn } from '../../core/compare/columns';
import { ListParam } from '../parameters/ListParam';
import { NumberParam } from '../parameters/NumberParam';
import { SelectParam } from '../parameters/SelectParam';
import { useCompareColumns } from './compareStore';

/** A column's own parameters, from the same registry and checks as the side panel. */
export function ColumnParams({
  column,
  ctx,
  label,
}: {
  column: CompareColumn;
  ctx: ModelContext | null;
  label: string;
}) {
  const update = useCompareColumns((s) => s.update);
  const { errors } = ctx
    ? resolveParams(ctx, column.raw)
    : { errors: {} as Record<string, string> };
  const invalid = Object.keys(errors).length;
  const setCount = Object.keys(column.raw).length;
  const setRaw = (key: string, value: string | undefined) => {
    const next: Record<string, string> = { ...column.raw };
    if (value === undefined) delete next[key];
    else next[key] = value;
    update(column.id, { raw: next });
  };
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <button
          type="button"
          disabled={!ctx}
          aria-label={`Parameters for ${label}${invalid > 0 ? `, ${invalid} invalid` : ''}`}
        >
          Parameters{setCount > 0 ? ` (${setCount})` : ''}
          {invalid > 0 && <span className="badge badge-error"> {invalid} invalid</span>}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog compare-params"
          aria-describedby={undefined}
          // Focus the dialog itself: the first control is a help tip, which would pop open.
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            (e.currentTarget as HTMLElement).focus();
          }}
        >
          <Dialog.Title>Parameters for {label}</Dialog.Title>
          {ctx &&
            paramsFor(ctx).map((spec) => {
              const common = {
                raw: Object.hasOwn(column.raw, spec.key) ? column.raw[spec.key] : undefined,
                error: errors[spec.key],
                onChange: (value: string) => setRaw(spec.key, value),
                onReset: () => setRaw(spec.key, undefined),
                idPrefix: `${column.id}-param`,
              };
              switch (spec.control) {
                case 'number':
                  return <NumberParam key={spec.key} spec={spec} ctx={ctx} {...common} />;
                case 'select':
                  return <SelectParam key={spec.key} spec={spec} ctx={ctx} {...common} />;
                case 'list':
                  return <ListParam key={spec.key} spec={spec} {...common} />;
              }
            })}
          <div className="row">
            <Dialog.Close asChild>
              <button type="button">Done</button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
