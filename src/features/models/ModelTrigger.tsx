import { lazy, Suspense, useRef } from 'react';
import type { ModelInfo } from '../../core/types';
import { CapabilityBadges } from './CapabilityBadges';

const loadPopover = () => import('./ModelPopover');
// The searchable list (cmdk) and the popover load on first use; the trigger is first-screen.
const ModelPopover = lazy(loadPopover);

export interface ModelTriggerProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The chosen model's id, if any. */
  model: string | null | undefined;
  selected: ModelInfo | undefined;
  models: readonly ModelInfo[] | undefined;
  onChoose(id: string): void;
}

/** The model combobox and, while open, its popover. */
export function ModelTrigger({
  open,
  onOpenChange,
  model,
  selected,
  models,
  onChoose,
}: ModelTriggerProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        role="combobox"
        aria-label="Model"
        aria-expanded={open}
        aria-haspopup="listbox"
        className="model-trigger"
        onPointerEnter={() => void loadPopover()}
        onFocus={() => void loadPopover()}
        onClick={() => onOpenChange(!open)}
      >
        <span className="model-trigger-name">{model ?? 'Choose a model'}</span>
        {selected && <CapabilityBadges model={selected} />}
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ModelPopover
            anchor={trigger}
            onClose={() => onOpenChange(false)}
            models={models}
            onChoose={onChoose}
          />
        </Suspense>
      )}
    </>
  );
}
