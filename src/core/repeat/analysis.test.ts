import { diffWords } from 'diff';
import { describe, expect, it } from 'vitest';
import {
  diffCounts,
  distinctCount,
  distinctGroups,
  parseRepeatCount,
  passRate,
  repeatConcurrency,
  spread,
  toSegments,
} from './analysis';

describe('distinct answers', () => {
  it('counts answers that differ only in surrounding whitespace as one', () => {
    expect(distinctCount(['Paris.', ' Paris.\n', 'Lyon.'])).toBe(2);
    expect(distinctCount(['a', 'A'])).toBe(2);
    expect(distinctCount([])).toBe(0);
  });

  it('numbers groups in order of first appearance', () => {
    expect(distinctGroups(['x', 'y', ' x', 'z', 'y'])).toEqual([1, 2, 1, 3, 2]);
  });
});

describe('spread', () => {
  it('gives min, median and max of odd and even counts', () => {
    expect(spread([300, 100, 200])).toEqual({ min: 100, median: 200, max: 300, count: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4, count: 4 });
  });

  it('skips unknown values and has nothing to say about none', () => {
    expect(spread([undefined, 5, Number.NaN])).toEqual({ min: 5, median: 5, max: 5, count: 1 });
    expect(spread([undefined])).toBeUndefined();
  });
});

describe('passRate', () => {
  it('counts valid answers among the checked ones', () => {
    expect(passRate(['valid', 'invalid', undefined, 'not-json', 'valid'])).toEqual({
      passed: 2,
      checked: 4,
    });
  });
});

describe('toSegments', () => {
  it('turns a word diff into merged same/added/removed segments', () => {
    const segments = toSegments(diffWords('The sky is blue today.', 'The sky is grey today.'));
    expect(segments).toEqual([
      { kind: 'same', text: 'The sky is ' },
      { kind: 'removed', text: 'blue' },
      { kind: 'added', text: 'grey' },
      { kind: 'same', text: ' today.' },
    ]);
    expect(diffCounts(segments)).toEqual({ added: 1, removed: 1 });
  });

  it('merges neighbours of the same kind and drops empty changes', () => {
    expect(
      toSegments([
        { value: 'a ' },
        { value: 'b', added: true },
        { value: ' c', added: true },
        { value: '' },
      ]),
    ).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'added', text: 'b c' },
    ]);
  });

  it('reports no segments for identical texts beyond the text itself', () => {
    expect(toSegments(diffWords('same words', 'same words'))).toEqual([
      { kind: 'same', text: 'same words' },
    ]);
  });
});

describe('repeat count and concurrency', () => {
  it('clamps the count to 2–10 and rejects what is not a whole number', () => {
    expect(parseRepeatCount('3')).toBe(3);
    expect(parseRepeatCount('1')).toBe(2);
    expect(parseRepeatCount('50')).toBe(10);
    expect(parseRepeatCount('2.5')).toBeUndefined();
    expect(parseRepeatCount('')).toBeUndefined();
  });

  it('runs the in-browser engine one at a time', () => {
    expect(repeatConcurrency('inbrowser')).toBe(1);
    expect(repeatConcurrency('openai')).toBe(3);
  });
});
