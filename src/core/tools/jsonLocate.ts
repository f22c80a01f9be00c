// Where JSON text goes wrong, and where each value starts. `JSON.parse`
// decides whether text is valid; this scanner only explains its failures
// (browsers word them differently and not all give a position) and maps a
// JSON pointer back to a line, so an error can be shown at its line.

export interface JsonSyntaxError {
  /** Offset (UTF-16 code units) of the first character that is wrong. */
  offset: number;
  message: string;
}

export type JsonScan =
  | { ok: true; /** JSON pointer → offset where that value starts. */ offsets: Map<string, number> }
  | ({ ok: false } & JsonSyntaxError);

class ScanFailure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Scans `text` as strict JSON (RFC 8259): no comments, no trailing commas. */
export function scanJson(text: string): JsonScan {
  const offsets = new Map<string, number>();
  const n = text.length;
  let i = 0;

  function fail(message: string, at = i): never {
    throw new ScanFailure(at, message);
  }
  function found(at: number): string {
    return at >= n ? 'the end of the text' : `'${text[at] === '\n' ? '\\n' : text[at]}'`;
  }
  function skipSpace(): void {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  }

  /** Reads a string starting at its opening quote; returns its decoded value. */
  function readString(): string {
    const start = i;
    i++;
    for (;;) {
      if (i >= n) fail('This string is never closed (a " is missing).', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by 4 hex digits.');
          i += 6;
        } else if (next !== undefined && ESCAPES.has(next)) i += 2;
        else fail(`Invalid escape sequence \\${next ?? ''} in a string.`);
      } else if (c === 0x0a || c === 0x0d) {
        // Almost always a missing closing quote: point at where the string began.
        fail(
          'This string is not closed on its line: add the missing " (or write \\n for a line break).',
          start,
        );
      } else if (c < 0x20) {
        fail('Strings cannot contain a raw tab or control character (write \\t or \\u00XX).');
      } else i++;
    }
  }

  function readValue(path: string): void {
    skipSpace();
    if (i >= n) fail('Unexpected end of the text: a value is missing.');
    offsets.set(path, i);
    const c = text[i];
    if (c === '{') return readObject(path);
    if (c === '[') return readArray(path);
    if (c === '"') {
      readString();
      return;
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (!match || match[0] === '-') fail('Invalid number.');
      i += match[0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    if (c === "'") fail('Strings need double quotes ("), not single quotes.');
    fail(`Unexpected ${found(i)}: expected a value.`);
  }

  function readObject(path: string): void {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] === '}') fail("Trailing comma: remove the ',' before '}'.");
      if (text[i] !== '"') {
        fail(
          text[i] === "'"
            ? 'Property names need double quotes ("), not single quotes.'
            : `Expected a property name in double quotes, found ${found(i)}.`,
        );
      }
      const key = readString();
      skipSpace();
      if (text[i] !== ':')
        fail(`Expected ':' after the property name "${key}", found ${found(i)}.`);
      i++;
      readValue(`${path}/${escapePointerToken(key)}`);
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`Expected ',' or '}' after a property value, found ${found(i)}.`);
    }
  }

  function readArray(path: string): void {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (let index = 0; ; index++) {
      skipSpace();
      if (text[i] === ']') fail("Trailing comma: remove the ',' before ']'.");
      readValue(`${path}/${index}`);
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`Expected ',' or ']' after an array item, found ${found(i)}.`);
    }
  }

  try {
    skipSpace();
    if (i >= n) return { ok: false, offset: 0, message: 'The text is empty.' };
    readValue('');
    skipSpace();
    if (i < n) fail(`Unexpected ${found(i)} after the end of the JSON value.`);
    return { ok: true, offsets };
  } catch (error) {
    if (error instanceof ScanFailure)
      return { ok: false, offset: error.offset, message: error.message };
    // A stack overflow on absurdly deep nesting: still an answer, not a crash.
    return { ok: false, offset: Math.min(i, n), message: 'The JSON is nested too deeply.' };
  }
}

/** 1-based line and column of `offset`; CRLF counts as one line break. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** The offset of `pointer`'s value, or of its nearest ancestor the scan saw. */
export function offsetOf(
  offsets: ReadonlyMap<string, number>,
  pointer: string,
): number | undefined {
  let current = pointer;
  for (;;) {
    const found = offsets.get(current);
    if (found !== undefined) return found;
    if (current === '') return undefined;
    current = current.slice(0, current.lastIndexOf('/'));
  }
}
