import { Command } from 'cmdk';
import { Popover } from 'radix-ui';
import { anchoredPopoverProps, type AnchoredPopover } from '../../components/ui/anchoredPopover';
import type { ModelInfo } from '../../core/types';
import { CapabilityBadges } from './CapabilityBadges';
import { ListState } from './ModelPicker';

function ModelStatusNote({ model }: { model: ModelInfo }) {
  if (model.status === 'deprecated') return <span className="badge badge-warn">deprecated</span>;
  if (model.status === 'inactive') return <span className="badge badge-muted">inactive</span>;
  return null;
}

/** The open model popover with its searchable list (cmdk): loaded on first use. */
export default function ModelPopover({
  anchor,
  onClose,
  models,
  onChoose,
}: AnchoredPopover & { models: readonly ModelInfo[] | undefined; onChoose(id: string): void }) {
  return (
    <Popover.Root open onOpenChange={(next) => !next && onClose()}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content
          className="popover model-popover"
          align="start"
          sideOffset={4}
          aria-label="Choose a model"
          {...anchoredPopoverProps(anchor)}
        >
          <Command label="Search models" loop>
            <Command.Input placeholder="Search models…" autoFocus />
            <ListState />
            <Command.List>
              {models && models.length > 0 && <Command.Empty>No model matches.</Command.Empty>}
              {models?.map((m) => (
                <Command.Item
                  key={m.id}
                  value={m.id}
                  onSelect={() => {
                    onChoose(m.id);
                    onClose();
                  }}
                  className={`model-option status-${m.status}`}
                >
                  <span className="model-option-name">{m.id}</span>
                  <ModelStatusNote model={m} />
                  <CapabilityBadges model={m} />
                </Command.Item>
              ))}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
