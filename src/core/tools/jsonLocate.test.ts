import { describe, expect, it } from 'vitest';
import { lineColumn, offsetOf, scanJson } from './jsonLocate';

function errorAt(text: string): { line: number; column: number; message: string } {
  const scan = scanJson(text);
  if (scan.ok) throw new Error(`expected an error in ${text}`);
  return { ...lineColumn(text, scan.offset), message: scan.message };
}

describe('scanJson', () => {
  it('accepts exactly what JSON.parse accepts, over a range of inputs', () => {
    const cases = [
      '{}',
      '[]',
      ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ',
      '"just a string"',
      '0',
      '{"a":1,}',
      '[1,]',
      "{'a': 1}",
      '{"a" 1}',
      '{"a": 01}',
      '{"a": .5}',
      '{"a": "tab\there"}',
      '{"a": "\\x"}',
      '{"a": "\\u12"}',
      '{"a": 1} x',
      '',
      '   ',
      '{"a": tru}',
      '-',
      '[1 2]',
      '{"a": NaN}',
    ];
    for (const text of cases) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(scanJson(text).ok, text).toBe(parses);
    }
  });

  it('places a missing comma at the next property, with its line and column', () => {
    const text = '{\n  "type": "function",\n  "function": {"name": "x" "parameters": {}}\n}';
    expect(errorAt(text)).toEqual({
      line: 3,
      column: 28,
      message: "Expected ',' or '}' after a property value, found '\"'.",
    });
  });

  it('words the common mistakes a person makes', () => {
    expect(errorAt('{"a": 1,\n}').message).toBe("Trailing comma: remove the ',' before '}'.");
    expect(errorAt('[1,\n]').message).toBe("Trailing comma: remove the ',' before ']'.");
    expect(errorAt("{'a': 1}").message).toBe(
      'Property names need double quotes ("), not single quotes.',
    );
    expect(errorAt('{"a": \'x\'}').message).toBe(
      'Strings need double quotes ("), not single quotes.',
    );
    expect(errorAt('{"a": 1').message).toBe(
      "Expected ',' or '}' after a property value, found the end of the text.",
    );
    expect(errorAt('{"a": "open').message).toBe('This string is never closed (a " is missing).');
    expect(errorAt('{"a": "line\nbreak"}')).toEqual({
      line: 1,
      column: 7,
      message:
        'This string is not closed on its line: add the missing " (or write \\n for a line break).',
    });
    expect(errorAt('{"a": "tab\there"}').message).toMatch(/raw tab/);
    expect(errorAt('').message).toBe('The text is empty.');
    expect(errorAt('{} {}').message).toBe("Unexpected '{' after the end of the JSON value.");
  });

  it('points at the opening quote of an unclosed string, not the end of the text', () => {
    expect(errorAt('{\n  "name": "get_weather,\n  "x": 1\n}')).toMatchObject({
      line: 2,
      column: 11,
    });
    expect(errorAt('{\n  "name": "abc')).toMatchObject({ line: 2, column: 11 });
  });

  it('records where every value starts, by JSON pointer (with ~0 and ~1 escapes)', () => {
    const text = '{"a": {"b/c": [10, {"d~e": 2}]}}';
    const scan = scanJson(text);
    expect(scan.ok).toBe(true);
    if (!scan.ok) return;
    expect(scan.offsets.get('')).toBe(0);
    expect(scan.offsets.get('/a')).toBe(6);
    expect(text.slice(scan.offsets.get('/a/b~1c/0'))).toMatch(/^10/);
    expect(text.slice(scan.offsets.get('/a/b~1c/1/d~0e'))).toMatch(/^2\}/);
  });

  it('answers, rather than crashing, on absurdly deep nesting', () => {
    const deep = '['.repeat(200_000);
    expect(scanJson(deep).ok).toBe(false);
  });

  it('scans a large document in linear time', () => {
    const big = JSON.stringify({ items: Array.from({ length: 20_000 }, (_, i) => ({ i })) });
    const started = performance.now();
    expect(scanJson(big).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('lineColumn and offsetOf', () => {
  it('counts LF, CRLF and lone CR as one line break each', () => {
    expect(lineColumn('ab', 1)).toEqual({ line: 1, column: 2 });
    expect(lineColumn('a\nb', 2)).toEqual({ line: 2, column: 1 });
    expect(lineColumn('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn('a\rb', 2)).toEqual({ line: 2, column: 1 });
  });

  it('falls back to the nearest ancestor the scan saw', () => {
    const offsets = new Map([
      ['', 0],
      ['/function', 5],
    ]);
    expect(offsetOf(offsets, '/function/parameters/properties')).toBe(5);
    expect(offsetOf(offsets, '/other')).toBe(0);
    expect(offsetOf(new Map(), '/x')).toBeUndefined();
  });
});
