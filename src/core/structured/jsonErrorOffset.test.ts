import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './jsonErrorOffset';

describe('jsonErrorOffset', () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ',
    '"just a string"',
    '0',
    '{"nested": {"deep": [{"k": {}}]}}',
  ])('finds no error in valid JSON %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorOffset(text)).toBe(-1);
  });

  it.each([
    ['{"a": 1,}', 8],
    ['{\n  "a": tru\n}', 12],
    ['[1 2]', 3],
    ["{'a': 1}", 1],
    ['{"a": 01}', 7],
    ['{"a": "line\nbreak"}', 11],
    ['{"a": 1} extra', 9],
    ['', 0],
    ['{"a": ', 6],
    ['{"a" 1}', 5],
    ['{"a": "\\x"}', 7],
  ])('locates the first error in %j at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
