// The end of a streaming answer that is not lexed yet shows as plain source
// after the blocks. It is cut into pieces so that each frame's new text
// grows only the last piece: the browser lays out that one again, not
// kilobytes of source. A piece per paragraph did that, but an answer that
// outran the screen left hundreds of them (478 for the 40 KB markdown bench
// stream), each an element React created, styled and laid out in the
// stream's few frames. Pieces of a few kilobytes cost a few dozen.

/** A piece closes at the first paragraph break at or after each multiple of this many characters. */
export const PIECE_CHARS = 2048;

export interface PendingPiece {
  /** Where the piece starts in the whole answer: stable while the answer grows, so usable as a key. */
  start: number;
  text: string;
}

/**
 * `text` from `from` on, in pieces that end just after a blank line (`\n\n`).
 * The breaks depend on the text alone (the first blank line at or after
 * each multiple of `pieceChars`), not on `from` or on where the text ends
 * now; so as the answer grows and `from` advances, every piece but the
 * first and the last keeps its start and its text.
 */
export function pendingPieces(
  text: string,
  from: number,
  pieceChars: number = PIECE_CHARS,
): PendingPiece[] {
  const pieces: PendingPiece[] = [];
  let start = from;
  let multiple = Math.max(1, Math.floor(from / pieceChars));
  while (start < text.length) {
    const at = text.indexOf('\n\n', multiple * pieceChars);
    if (at < 0) break;
    const end = at + 2;
    if (end > start) {
      pieces.push({ start, text: text.slice(start, end) });
      start = end;
    }
    // Every multiple up to `at` breaks at this same blank line.
    multiple = Math.floor(at / pieceChars) + 1;
  }
  if (start < text.length) pieces.push({ start, text: text.slice(start) });
  return pieces;
}

/** Characters a line of source holds in a typical answer column. */
export const CHARS_PER_LINE = 80;

/**
 * About how many lines `text` takes as wrapped source: a piece off screen is
 * not laid out, and holds this much room instead. Guessing a line or two
 * for a piece of kilobytes made the browser take a dozen pieces for on
 * screen, and lay them all out, in the frame that added them.
 */
export function sourceLines(text: string, perLine: number = CHARS_PER_LINE): number {
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const length = (end < 0 ? text.length : end) - start;
    lines += Math.max(1, Math.ceil(length / perLine));
    if (end < 0) return lines;
    start = end + 1;
  }
}
