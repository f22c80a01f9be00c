import {
  imageCountProblem,
  imageFileProblem,
  imageUrlProblem,
} from '../../core/images/imageLimits';
import { useAttachments } from './attachmentsStore';

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Attaches an address typed under "Image URL"; false (and the reason shown) if it cannot be. */
export function attachUrl(url: string): boolean {
  const store = useAttachments.getState();
  const problem = imageCountProblem(store.images.length) ?? imageUrlProblem(url);
  if (problem) {
    store.setError(problem);
    return false;
  }
  store.push(url.trim());
  return true;
}

/**
 * Attaches picked, pasted or dropped files as data URLs. Files that are too
 * large or not images are refused before they are read, with the reason.
 */
export async function attachFiles(files: readonly File[]): Promise<void> {
  for (const file of files) {
    const problem =
      imageCountProblem(useAttachments.getState().images.length) ?? imageFileProblem(file);
    if (problem) {
      useAttachments.getState().setError(problem);
      return;
    }
    try {
      if (!attachUrl(await readAsDataUrl(file))) return;
    } catch (error) {
      useAttachments
        .getState()
        .setError(`${file.name || 'The image'} could not be read: ${String(error)}`);
      return;
    }
  }
}
