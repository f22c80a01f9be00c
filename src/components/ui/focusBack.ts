import type { RefObject } from 'react';

/**
 * For `onCloseAutoFocus`: gives focus back to `target`. Radix does that only
 * for a Dialog.Trigger, and these dialogs have none: a trigger would bring
 * Radix into the first screen, or the dialog opens from a file or a link.
 */
export function focusBack(e: Event, target: RefObject<HTMLElement | null> | undefined): void {
  const el = target?.current;
  if (!el) return;
  e.preventDefault();
  el.focus();
}
