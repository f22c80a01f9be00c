// Where a JSON text first goes wrong. JSON.parse says so only sometimes
// ("at position 7"); for other mistakes V8 echoes the whole input instead,
// which is no help in a long schema. This scanner follows the JSON grammar
// just far enough to find the offset of the first error.

const WS = new Set([' ', '\t', '\n', '\r']);

class Fail extends Error {
  constructor(readonly offset: number) {
    super('json');
  }
}

/** The offset of the first syntax error, or -1 when the text is valid JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const expect = (word: string) => {
    for (const c of word) {
      if (text[i] !== c) throw new Fail(i);
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Fail(i);
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else throw new Fail(i);
      } else if (c < ' ') throw new Fail(i);
      else i++;
    }
    throw new Fail(i);
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i));
    if (!match || match[0] === '' || match[0] === '-') throw new Fail(i);
    i += match[0].length;
  };
  const value = (depth: number): void => {
    if (depth > 512) throw new Fail(i);
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new Fail(i);
        string();
        ws();
        expect(':');
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else throw new Fail(i);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else throw new Fail(i);
      }
    }
    if (c === '"') return string();
    if (c === 't') return expect('true');
    if (c === 'f') return expect('false');
    if (c === 'n') return expect('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    throw new Fail(i);
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : -1;
  } catch (error) {
    if (error instanceof Fail) return Math.min(error.offset, text.length);
    throw error;
  }
}
