import { describe, expect, it } from 'vitest';
import { describeJsonError, lineColumn } from './schemaText';

describe('describeJsonError', () => {
  it('says where the JSON breaks, by line and column', () => {
    // The engine's own words vary between V8 versions; the place is ours.
    expect(describeJsonError('{\n  "type": "object",\n  "properties": {,}\n}')).toMatch(
      /^Not valid JSON at line 3, column 18: \S/,
    );
  });

  it('does not echo the whole input back, and shows control characters escaped', () => {
    const text = `{\n  "a": tru\n${' '.repeat(500)}}`;
    expect(describeJsonError(text)).toBe(
      "Not valid JSON at line 2, column 11: Unexpected token '\\n'",
    );
  });

  it('locates a text that ends too early at its end', () => {
    expect(describeJsonError('{"a": [1, 2')).toMatch(/^Not valid JSON at line 1, column 12: /);
  });

  it('has nothing to say about valid JSON', () => {
    expect(describeJsonError('{"a": 1}')).toBe('');
  });
});

describe('lineColumn', () => {
  it('counts from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
