import { lazy, Suspense, useState } from 'react';
import { useToasts } from './toast';

const ToastViewport = lazy(() => import('./ToastViewport'));

/** Mounts the toast UI once the first toast arrives, and keeps it for later ones. */
export function Toaster() {
  const any = useToasts((s) => s.toasts.length > 0);
  const [needed, setNeeded] = useState(false);
  if (any && !needed) setNeeded(true);
  return needed ? (
    <Suspense fallback={null}>
      <ToastViewport />
    </Suspense>
  ) : null;
}
