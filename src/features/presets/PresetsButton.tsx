import { lazy, Suspense, useRef, useState } from 'react';

// The dialog, the presets store and the sanitiser load on first open only.
const PresetsDialog = lazy(() => import('./PresetsDialog'));

/** Opens the presets: save or apply the model, parameters, system message, tools and format. */
export function PresetsButton() {
  const [open, setOpen] = useState(false);
  const [requested, setRequested] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="presets-button"
        onClick={() => {
          setRequested(true);
          setOpen(true);
        }}
        title="Save or apply the model, parameters, system message, tools and response format"
      >
        Presets
      </button>
      {requested && (
        <Suspense fallback={null}>
          <PresetsDialog open={open} onOpenChange={setOpen} returnFocusTo={button} />
        </Suspense>
      )}
    </>
  );
}
