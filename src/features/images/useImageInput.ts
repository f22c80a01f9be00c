import { useState, type ClipboardEvent, type DragEvent } from 'react';
import { selectConnection, usePlayground } from '../../stores/playgroundStore';

/** The checks and the file reading load on the first pasted or dropped image. */
function attach(files: File[]): void {
  void import('./attach').then((m) => m.attachFiles(files));
}

/** The in-browser engine has no vision projector: it reads text only. */
export function useImagesAllowed(): boolean {
  return usePlayground((s) => selectConnection(s).provider !== 'inbrowser');
}

function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((f) => f.type.startsWith('image/') || f.type === '');
}

/** Paste and drag-and-drop of images onto the composer. */
export function useImageInput() {
  const allowed = useImagesAllowed();
  const [dragging, setDragging] = useState(false);
  const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');
  return {
    dragging: allowed && dragging,
    onPaste: (e: ClipboardEvent) => {
      if (!allowed) return;
      const files = imageFiles(e.clipboardData.files);
      if (files.length === 0) return; // plain text pastes as usual
      e.preventDefault();
      attach(files);
    },
    onDragOver: (e: DragEvent) => {
      if (!allowed || !hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      setDragging(false);
      if (!allowed || !hasFiles(e)) return;
      e.preventDefault();
      attach(Array.from(e.dataTransfer.files));
    },
  };
}
