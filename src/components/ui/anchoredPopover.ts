import type { RefObject } from 'react';

/**
 * A Radix popover that loads on first use, anchored to a trigger button that
 * is plain first-screen code (Popover.Anchor virtualRef instead of
 * Popover.Trigger, so the trigger never changes under the user's pointer).
 */
export interface AnchoredPopover {
  anchor: RefObject<HTMLElement | null>;
  onClose(): void;
}

/**
 * Content props that give the anchor what Popover.Trigger would: a press on it
 * is not an outside click (its own onClick toggles), and focus returns to it.
 */
export function anchoredPopoverProps(anchor: RefObject<HTMLElement | null>) {
  return {
    onInteractOutside(event: Event) {
      if (event.target instanceof Node && anchor.current?.contains(event.target)) {
        event.preventDefault();
      }
    },
    onCloseAutoFocus(event: Event) {
      event.preventDefault();
      anchor.current?.focus();
    },
  };
}
