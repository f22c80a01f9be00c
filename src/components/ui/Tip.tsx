import type { ReactNode } from 'react';
import { deferred, type Intent } from './deferred';

interface TipProps {
  label: string;
  children: ReactNode;
}

/** The "?" button alone, until the tip is first pointed at or focused. */
function TipPlaceholder({ label, onIntent }: TipProps & { onIntent(i: Partial<Intent>): void }) {
  return (
    <button
      type="button"
      className="help-tip"
      aria-label={`About ${label}`}
      // Hover or focus is what shows a tooltip: the widget mounts open.
      onPointerEnter={() => onIntent({ open: true })}
      onFocus={() => onIntent({ open: true, focus: true })}
    >
      ?
    </button>
  );
}

/** A small "?" that explains a control, on hover and on keyboard focus. */
export const HelpTip = deferred<TipProps>(() => import('./TipWidget'), TipPlaceholder);
