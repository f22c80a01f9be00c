import { isHighlightLanguage } from '../../core/markdown/languages';
import { highlight } from '../../lib/highlighter';

// Highlighted HTML by language and code, so a block rendered again (the
// finished message after the stream, Raw off again) is coloured at once.
const highlighted = new Map<string, string>();
const CACHE_LIMIT = 200;

function swapIn(block: HTMLElement, pre: Element, html: string) {
  const template = document.createElement('template');
  // shiki escapes the code it renders; its markup holds only spans and colour styles.
  template.innerHTML = html;
  pre.replaceWith(template.content);
  block.dataset.highlighted = 'true';
}

/**
 * Highlights the finished code blocks under `root` (a fence still being
 * streamed carries data-open and waits). The plain code stays when the
 * highlighter cannot load.
 */
export function highlightCodeBlocks(root: HTMLElement): void {
  const blocks = root.querySelectorAll<HTMLElement>(
    '[data-md-code][data-lang]:not([data-open]):not([data-highlighted])',
  );
  for (const block of blocks) {
    const lang = block.dataset.lang ?? '';
    const pre = block.querySelector('pre');
    if (!pre || !isHighlightLanguage(lang)) continue;
    const code = pre.textContent ?? '';
    const key = `${lang}\u0000${code}`;
    const ready = highlighted.get(key);
    if (ready !== undefined) {
      swapIn(block, pre, ready);
      continue;
    }
    highlight(code, lang)
      .then((html) => {
        highlighted.set(key, html);
        if (highlighted.size > CACHE_LIMIT) highlighted.delete(highlighted.keys().next().value!);
        // The block may have been re-rendered meanwhile; then its own pass handles it.
        if (pre.isConnected) swapIn(block, pre, html);
      })
      .catch(() => undefined);
  }
}

/** The code of the block a "Copy code" button belongs to (highlighted or not, the text is the code). */
export function codeOf(button: Element): string {
  return button.closest('[data-md-code]')?.querySelector('pre')?.textContent ?? '';
}
