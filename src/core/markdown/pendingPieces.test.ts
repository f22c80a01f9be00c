import { describe, expect, it } from 'vitest';
import { CHARS_PER_LINE, pendingPieces, PIECE_CHARS, sourceLines } from './pendingPieces';

/** Paragraphs of varied length, as an answer has them. */
function answer(paragraphs: number): string {
  return Array.from(
    { length: paragraphs },
    (_, i) => `Paragraph ${i} ${'word '.repeat(i % 37)}`,
  ).join('\n\n');
}

describe('pendingPieces', () => {
  it('cuts the unlexed end into pieces of a few kilobytes that end after a blank line', () => {
    const text = answer(400);
    const pieces = pendingPieces(text, 0);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(text.length / PIECE_CHARS - 2);
    expect(pieces.length).toBeLessThan(text.length / PIECE_CHARS + 2);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.text.endsWith('\n\n')).toBe(true);
      expect(piece.text.length).toBeLessThan(2 * PIECE_CHARS);
    }
    for (const piece of pieces) expect(text.startsWith(piece.text, piece.start)).toBe(true);
  });

  it('starts where lexing stopped', () => {
    const text = answer(100);
    const from = 3000;
    const pieces = pendingPieces(text, from);
    expect(pieces[0]!.start).toBe(from);
    expect(pieces.map((p) => p.text).join('')).toBe(text.slice(from));
    expect(pendingPieces(text, text.length)).toEqual([]);
  });

  it('keeps one growing piece while no blank line comes', () => {
    const text = 'ab '.repeat(10_000);
    expect(pendingPieces(text, 0)).toEqual([{ start: 0, text }]);
  });

  it('gives a piece the same start and text in every later frame, so it is not set again', () => {
    const text = answer(300);
    const seen = new Map<number, string>();
    // Frames that add a few hundred characters, while lexing takes on the start.
    for (let end = 0, from = 0; end <= text.length; end += 317, from = Math.floor(end / 3)) {
      const pieces = pendingPieces(text.slice(0, end), from);
      // The first piece shrinks as lexing advances, the last one grows: the rest are settled.
      for (const piece of pieces.slice(1, -1)) {
        const before = seen.get(piece.start);
        if (before !== undefined) expect(piece.text).toBe(before);
        seen.set(piece.start, piece.text);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
  });

  it('does not depend on where a blank line was cut between frames', () => {
    const text = `${'x'.repeat(PIECE_CHARS)}\n\n\nnext ${'y'.repeat(PIECE_CHARS)}\n\nlast`;
    const whole = pendingPieces(text, 0).map((p) => p.start);
    for (let end = PIECE_CHARS; end < text.length; end++) {
      const starts = pendingPieces(text.slice(0, end), 0).map((p) => p.start);
      expect(whole.slice(0, starts.length - 1)).toEqual(starts.slice(0, -1));
    }
  });
});

describe('sourceLines', () => {
  it('counts wrapped lines, and a blank line as one', () => {
    expect(sourceLines('short')).toBe(1);
    expect(sourceLines('x'.repeat(CHARS_PER_LINE + 1))).toBe(2);
    expect(sourceLines('a\n\nb')).toBe(3);
    expect(sourceLines(`${'x'.repeat(3 * CHARS_PER_LINE)}\nend`)).toBe(4);
  });
});
