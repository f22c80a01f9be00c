import { hidePartialFence, type MdBlock } from '../../core/markdown/blocks';
import { escapeHtml } from '../../core/markdown/escapeHtml';
import { createBlockRenderer } from '../../core/markdown/renderHtml';
import { sanitize } from './sanitize';

const renderer = createBlockRenderer();

// Sanitised HTML by block key, shared by every message: the streamed answer
// and the finished message that replaces it render the same blocks, and
// switching Raw off again is instant. Oldest entries go first.
const cache = new Map<string, string>();
// Enough for the blocks of a long answer (a 40 KB one has ~800): when it finishes, the
// message that replaces the streamed one finds them all here instead of sanitising again.
const CACHE_LIMIT = 2000;

/** Splits one answer into blocks; keep one per answer, so a growing answer is lexed only at its end. */
export function createSplitter(): (text: string, streaming: boolean) => MdBlock[] {
  const split = renderer.splitter();
  return (text, streaming) => split(streaming ? hidePartialFence(text) : text, streaming);
}

export function blockHtml(block: MdBlock): string {
  const hit = cache.get(block.key);
  if (hit !== undefined) {
    cache.delete(block.key);
    cache.set(block.key, hit);
    return hit;
  }
  const html = sanitize(renderer.html(block));
  cache.set(block.key, html);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return html;
}

/** Whether `block` was rendered before (its HTML is at hand, nothing to parse or sanitise). */
export function isRendered(block: MdBlock): boolean {
  return cache.has(block.key);
}

/** A block not rendered yet, shown as its source: escaped text, so it needs no sanitising. */
export function sourceHtml(block: MdBlock): string {
  return `<p class="md-unrendered">${escapeHtml(block.token.raw.replace(/\n+$/, ''))}</p>`;
}
