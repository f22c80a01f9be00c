import { describe, expect, it } from 'vitest';
import { maskDeep, maskText, REDACTED } from './secrets';

const KEY = 'sk-LEAKCHECK-7f3a9c';

describe('maskText', () => {
  it('masks every occurrence of a key', () => {
    expect(maskText(`Incorrect API key provided: ${KEY}. (${KEY})`, [KEY])).toBe(
      `Incorrect API key provided: ${REDACTED}. (${REDACTED})`,
    );
  });
  it('leaves text alone for empty or implausibly short keys', () => {
    expect(maskText('a banana', ['', 'a'])).toBe('a banana');
  });
});

describe('maskDeep', () => {
  it('masks strings and field names at any depth without touching other values', () => {
    const value = { a: [`x ${KEY}`, 3, null, { [KEY]: true }], b: false };
    expect(maskDeep(value, [KEY])).toEqual({
      a: [`x ${REDACTED}`, 3, null, { [REDACTED]: true }],
      b: false,
    });
    expect(JSON.stringify(value)).toContain(KEY); // the input is not changed
  });
});
