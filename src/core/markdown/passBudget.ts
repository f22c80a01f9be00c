// A markdown view works in passes: each takes on a bounded amount of new
// text (revealBudget) and renders new blocks for a bounded time
// (renderBudget). A pass is a committed render, not a call: React may start
// a deferred render, drop it for the next frame's update and start it again.
// Counting per call, every restart would take on more text and render more
// blocks, so a render that keeps being interrupted would never get cheap
// enough to commit. Counted per commit, a restart redoes work that the
// lexer's and the HTML cache's memory make nearly free.

import { blocksToRender, RENDER_BUDGET_MS, type RenderPass } from './renderBudget';
import { NEW_CHARS_PER_PASS, textToShow } from './revealBudget';

export interface PassBudget {
  /** The part of `text` this pass shows: what the last committed pass showed, and at most the budget more. */
  text(text: string): string;
  /** `blocksToRender` with what is left of this pass's time for new blocks. */
  blocks(count: number, pass: Omit<RenderPass, 'budgetMs' | 'now'>): boolean[];
  /** Call when a pass has committed, with the text it showed: the next pass starts afresh. */
  committed(shown: string): void;
}

export function createPassBudget({
  maxNew = NEW_CHARS_PER_PASS,
  budgetMs = RENDER_BUDGET_MS,
  now = () => performance.now(),
}: { maxNew?: number; budgetMs?: number; now?: () => number } = {}): PassBudget {
  let shown: string | null = null;
  let spentMs = 0;
  return {
    text: (text) => textToShow(text, shown, maxNew),
    blocks: (count, pass) =>
      blocksToRender(count, {
        ...pass,
        now,
        budgetMs: budgetMs - spentMs,
        render(index) {
          const started = now();
          pass.render(index);
          spentMs += now() - started;
        },
      }),
    committed(text) {
      shown = text;
      spentMs = 0;
    },
  };
}
