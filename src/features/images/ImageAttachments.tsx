import { lazy, Suspense } from 'react';
import { useImagesAllowed } from './useImageInput';

const ImageAttachmentsView = lazy(() =>
  import('./ImageAttachmentsView').then((m) => ({ default: m.ImageAttachmentsView })),
);

/**
 * The composer's image controls, where the connection can take images: the
 * in-browser engine (the default first screen) never loads them.
 */
export function ImageAttachments() {
  const allowed = useImagesAllowed();
  if (!allowed) return null;
  return (
    <Suspense fallback={null}>
      <ImageAttachmentsView />
    </Suspense>
  );
}
