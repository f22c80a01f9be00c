// A stream can outrun the screen: when the browser could not paint for a
// while, hundreds of finished blocks arrive in one render, and parsing plus
// sanitising them all would be one long task. Each render turns new blocks
// into HTML, in reading order, for a few milliseconds only (and while an
// answer streams, only the blocks near the viewport); the rest show their
// source as plain text until later passes (or scrolling) reach them.
//
// The budget is time, not a count of blocks: a table or a long list costs
// many times a short paragraph, and a count small enough for the worst
// blocks would make cheap ones catch up needlessly slowly.

/**
 * Milliseconds of new-block work per pass. What follows in the same task
 * (React's commit, the browser parsing the HTML, style and layout) costs
 * about as much again, so a pass stays well under the 50 ms long-task mark.
 */
export const RENDER_BUDGET_MS = 6;

export interface RenderPass {
  /** Whether block i was rendered before (its HTML is at hand). */
  known: (index: number) => boolean;
  /** Whether block i should render now (near the viewport while streaming). */
  wanted?: (index: number) => boolean;
  /** Renders block i, so it is known afterwards. */
  render: (index: number) => void;
  now?: () => number;
  budgetMs?: number;
}

/**
 * Which of `count` blocks show as HTML in this pass: every one already
 * rendered, and the wanted others in reading order for as long as the budget
 * lasts. At least one new block renders per pass, so passes always progress.
 */
export function blocksToRender(
  count: number,
  {
    known,
    wanted = () => true,
    render,
    now = () => performance.now(),
    budgetMs = RENDER_BUDGET_MS,
  }: RenderPass,
): boolean[] {
  const shown: boolean[] = [];
  let deadline: number | null = null;
  for (let i = 0; i < count; i++) {
    const isKnown = known(i);
    if (isKnown || !wanted(i)) {
      shown.push(isKnown);
      continue;
    }
    const started = now();
    deadline ??= started + budgetMs;
    const renderNow = started < deadline;
    if (renderNow) render(i);
    shown.push(renderNow);
  }
  return shown;
}
