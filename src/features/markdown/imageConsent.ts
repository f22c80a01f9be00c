import { imageDecision } from '../../core/markdown/urlPolicy';

// Image URLs the user chose to load, for this page only (never stored): the
// same image in a re-rendered message does not ask again.
const allowed = new Set<string>();

function reveal(holder: HTMLElement, src: string) {
  const img = document.createElement('img');
  img.alt = holder.dataset.mdAlt ?? '';
  // The image host learns nothing about the page it is shown on.
  img.referrerPolicy = 'no-referrer';
  img.decoding = 'async';
  img.src = src;
  holder.replaceChildren(img);
  holder.dataset.loaded = 'true';
}

/** The click on "Load image from <host>": checked again here, as the attribute came through HTML. */
export function loadImage(holder: HTMLElement): void {
  const decision = imageDecision(holder.dataset.mdSrc ?? '');
  if (decision.kind === 'blocked') return;
  allowed.add(decision.src);
  reveal(holder, decision.src);
}

/** Shows, under `root`, the images the user already chose to load. */
export function showAllowedImages(root: HTMLElement): void {
  if (allowed.size === 0) return;
  for (const holder of root.querySelectorAll<HTMLElement>('[data-md-image]:not([data-loaded])')) {
    const src = holder.dataset.mdSrc ?? '';
    if (allowed.has(src)) reveal(holder, src);
  }
}
