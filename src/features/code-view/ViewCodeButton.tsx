import { lazy, Suspense, useRef, useState } from 'react';
import { selectModel, usePlayground } from '../../stores/playgroundStore';

// The dialog, the generators and shiki load on first open only.
const CodeDialog = lazy(() => import('./CodeDialog'));

export function ViewCodeButton() {
  const [open, setOpen] = useState(false);
  const [requested, setRequested] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const hasModel = usePlayground((s) => selectModel(s) !== null);
  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={() => {
          setRequested(true);
          setOpen(true);
        }}
        disabled={!hasModel}
        title={hasModel ? 'The exact request as cURL, Python or JavaScript' : 'Pick a model first'}
      >
        View code
      </button>
      {requested && (
        <Suspense fallback={null}>
          <CodeDialog open={open} onOpenChange={setOpen} returnFocusTo={button} />
        </Suspense>
      )}
    </>
  );
}
