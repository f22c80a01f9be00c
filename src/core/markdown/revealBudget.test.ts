import { describe, expect, it } from 'vitest';
import { textToShow } from './revealBudget';

describe('textToShow', () => {
  it('shows a first text whole, however long (a finished answer, a restored conversation)', () => {
    const long = 'x'.repeat(50_000);
    expect(textToShow(long, null, 100)).toBe(long);
  });

  it('shows a text that grew a little whole', () => {
    expect(textToShow('hello world', 'hello', 100)).toBe('hello world');
  });

  it('takes on at most maxNew new characters of a text that grew a lot, and catches up over passes', () => {
    const text = 'a'.repeat(10) + 'b'.repeat(250);
    let shown = textToShow(text, 'a'.repeat(10), 100);
    expect(shown).toBe('a'.repeat(10) + 'b'.repeat(100));
    const passes = [shown];
    while (shown !== text) {
      shown = textToShow(text, shown, 100);
      passes.push(shown);
    }
    expect(passes.map((p) => p.length)).toEqual([110, 210, 260]);
  });

  it('shows a text that does not continue the last one whole (an edit, a regenerated answer)', () => {
    const text = 'c'.repeat(500);
    expect(textToShow(text, 'different', 100)).toBe(text);
  });

  it('never ends the shown part between the two halves of a surrogate pair', () => {
    const text = 'ab' + '😀'.repeat(10);
    // One new character would end inside the first emoji, three inside the second.
    const shown = textToShow(text, 'ab', 1);
    expect(shown).toBe('ab😀');
    expect(textToShow(text, shown, 1)).toBe('ab😀😀');
    expect(textToShow(text, 'ab', 3)).toBe('ab😀😀');
  });
});
