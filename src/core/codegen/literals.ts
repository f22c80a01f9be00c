// Small, language-neutral helpers for code generation: turning the request
// body into source literals and quoting strings so they survive every
// language's parser untouched.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The body exactly as the transport puts it on the wire: `JSON.stringify`
 * drops `undefined`, turns `NaN` into `null` and so on. Generating from this
 * (and not from the raw object) keeps snippets byte-for-byte faithful.
 */
export function toJson(value: unknown): Json {
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as Json);
}

/**
 * Characters that are legal inside JSON strings but act as line breaks in
 * JavaScript source before ES2019, confuse some editors, or are invisible
 * (bidi overrides, zero-width characters, C1 controls). They are written as
 * `\uXXXX`, which means the same character in JSON, JavaScript and Python.
 */
const AWKWARD_CHARACTERS =
  /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

function escapeAwkward(jsonText: string): string {
  return jsonText.replace(
    AWKWARD_CHARACTERS,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/**
 * A double-quoted string literal that JSON, JavaScript and Python all read
 * back as `s`. `JSON.stringify` escapes `"`, `\` and control characters
 * (and lone surrogates) with escapes all three languages share; the rest of
 * the text, emoji included, stays readable.
 */
export function quoted(s: string): string {
  return escapeAwkward(JSON.stringify(s));
}

/** Pretty JSON text (2-space indentation) with the same escaping as `quoted`. */
export function prettyJson(value: Json): string {
  return escapeAwkward(JSON.stringify(value, null, 2));
}

/**
 * A POSIX shell word with the exact content `s`: single quotes, in which
 * nothing is special (`$`, backticks, `\`, `!`), and each `'` written `'\''`.
 */
export function shellQuote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

/** Environment variable names are spliced into code, so they must be plain identifiers. */
export function envVarName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new Error(`Not a usable environment variable name: ${JSON.stringify(name)}`);
  }
  return name;
}

interface LiteralStyle {
  null: string;
  true: string;
  false: string;
  string(s: string): string;
  key(k: string): string;
}

/** Prints JSON as a source literal: 2-space indentation and trailing commas. */
function printLiteral(value: Json, style: LiteralStyle, level: number): string {
  if (value === null) return style.null;
  if (typeof value === 'boolean') return value ? style.true : style.false;
  if (typeof value === 'number') return JSON.stringify(value);
  if (typeof value === 'string') return style.string(value);
  const inner = '  '.repeat(level + 1);
  const outer = '  '.repeat(level);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    // Short lists of scalars (stop sequences, `required`) stay on one line.
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const flat = `[${value.map((v) => printLiteral(v, style, level + 1)).join(', ')}]`;
      if (outer.length + flat.length <= 72) return flat;
    }
    const items = value.map((v) => `${inner}${printLiteral(v, style, level + 1)},\n`);
    return `[\n${items.join('')}${outer}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const items = entries.map(
    ([k, v]) => `${inner}${style.key(k)}: ${printLiteral(v, style, level + 1)},\n`,
  );
  return `{\n${items.join('')}${outer}}`;
}

const PYTHON_STYLE: LiteralStyle = {
  null: 'None',
  true: 'True',
  false: 'False',
  // JSON's escapes (\" \\ \n \t \b \f \r \uXXXX) mean the same in a Python
  // "…" literal; JSON.stringify never emits `\/`, which Python would keep.
  string: quoted,
  key: quoted,
};

/**
 * A Python literal (dict, list, str, int, float, True/False/None) equal to
 * `value`, indented for a position `level` levels deep.
 */
export function pythonLiteral(value: Json, level = 0): string {
  return printLiteral(value, PYTHON_STYLE, level);
}

/**
 * A JavaScript string literal, also harmless pasted inside an HTML
 * `<script>`: the `<` of `</script>` and `<!--` becomes `\u003c`.
 */
export function jsString(s: string): string {
  return quoted(s).replace(/<(?=\/|!--)/g, '\\u003c');
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const JS_STYLE: LiteralStyle = {
  null: 'null',
  true: 'true',
  false: 'false',
  string: jsString,
  key(k) {
    // `__proto__: x` in a literal sets the prototype instead of a property;
    // a computed key makes it an ordinary property, as JSON.parse does.
    if (k === '__proto__') return `["__proto__"]`;
    return IDENTIFIER.test(k) ? k : jsString(k);
  },
};

/** A JavaScript object/array literal equal to `value` (unquoted keys where possible). */
export function jsLiteral(value: Json, level = 0): string {
  return printLiteral(value, JS_STYLE, level);
}

/** Prefixes every non-empty line of `text` (nesting generated code one level deeper). */
export function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

/** What the answer holds, which decides how a snippet prints it. */
export interface AnswerShape {
  /** Complete mode: `choices[i].text` (streamed as `text` pieces), not a message. */
  complete: boolean;
  /** Chat with tools: tool calls are printed after the text. */
  tools: boolean;
  /**
   * `n > 1`: every choice is printed, labelled "Choice 1:", …. Streams send
   * the choices' pieces interleaved, so those are collected and printed at the end.
   */
  multi: boolean;
}

export function answerShape(mode: 'chat' | 'complete', body: Json): AnswerShape {
  const object = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
  const complete = mode === 'complete';
  return {
    complete,
    tools: !complete && Array.isArray(object.tools) && object.tools.length > 0,
    multi: typeof object.n === 'number' && object.n > 1,
  };
}

/** Headers other than the key's, in the order the request lists them. */
export function plainHeaders(
  headers: Record<string, string>,
  authHeader: string,
): [string, string][] {
  const auth = authHeader.toLowerCase();
  return Object.entries(headers).filter(([name]) => name.toLowerCase() !== auth);
}
