import { create } from 'zustand';
import { selectConnection, usePlayground } from '../../stores/playgroundStore';

interface AttachmentsState {
  /** Images waiting in the composer, sent with the next user message. */
  images: string[];
  /** Why the last image was not attached; shown above the composer until the next try. */
  error: string | null;
  /** Adds an image already checked (see attach.ts). */
  push(url: string): void;
  remove(index: number): void;
  clear(): void;
  setError(error: string | null): void;
}

/** Not persisted, like the composer's text: a reload starts with an empty composer. */
export const useAttachments = create<AttachmentsState>()((set) => ({
  images: [],
  error: null,
  push: (url) => set((s) => ({ images: [...s.images, url], error: null })),
  remove: (index) => set((s) => ({ images: s.images.filter((_, i) => i !== index), error: null })),
  clear: () => set({ images: [], error: null }),
  setError: (error) => set({ error }),
}));

/** The images the next user message carries: none on the in-browser engine, which reads text only. */
export function draftImages(): string[] {
  return selectConnection(usePlayground.getState()).provider === 'inbrowser'
    ? []
    : useAttachments.getState().images;
}
