import { Tooltip } from 'radix-ui';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { reclaimFocus, type Intent } from './deferred';

/** The Radix tooltip behind `HelpTip`; loads when a tip is first pointed at or focused. */
export default function TipWidget({
  label,
  children,
  intent,
}: {
  label: string;
  children: ReactNode;
  intent: Intent;
}) {
  const trigger = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(intent.open);
  useEffect(() => reclaimFocus(intent, trigger.current), [intent]);
  // Opening through Radix tells the other tips to close with this event; a tip that
  // mounts open (hovered or focused while loading) has to say it itself. A layout
  // effect runs before Radix starts listening (a passive effect), so it closes only the others.
  useLayoutEffect(() => {
    if (intent.open) document.dispatchEvent(new CustomEvent('tooltip.open'));
  }, [intent.open]);
  return (
    // Each tip has its own provider: no provider in the first screen pulls Radix Tooltip in.
    <Tooltip.Provider delayDuration={300}>
      <Tooltip.Root open={open} onOpenChange={setOpen}>
        <Tooltip.Trigger asChild>
          <button ref={trigger} type="button" className="help-tip" aria-label={`About ${label}`}>
            ?
          </button>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content className="tooltip" sideOffset={4} collisionPadding={8}>
            {children}
            <Tooltip.Arrow className="tooltip-arrow" />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
