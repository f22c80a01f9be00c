// A stream can outrun the screen: when the browser could not paint for a
// while, hundreds of finished blocks arrive in one render, and parsing plus
// sanitising them all would be one long task. Each render turns at most a
// budget of new blocks into HTML, in reading order, and while an answer
// streams only the blocks near the viewport; the rest show their source as
// plain text until later passes (or scrolling) reach them.

/** New blocks rendered per pass: about a millisecond each (marked, DOMPurify, DOM). */
export const NEW_BLOCKS_PER_RENDER = 12;

/**
 * Which blocks render as HTML in this pass: every one already rendered
 * (`known`), and the first `budget` of the `wanted` others in reading order.
 */
export function blocksToRender(
  known: readonly boolean[],
  wanted: (index: number) => boolean = () => true,
  budget: number = NEW_BLOCKS_PER_RENDER,
): boolean[] {
  let left = budget;
  return known.map((isKnown, i) => {
    if (isKnown) return true;
    if (left <= 0 || !wanted(i)) return false;
    left--;
    return true;
  });
}
