import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { hasOpenFence, hidePartialFence, isFenceClosed, toBlocks } from './blocks';

const lex = (text: string) => new Lexer({ gfm: true }).lex(text);

describe('isFenceClosed', () => {
  it('needs a closing fence of the same kind, at least as long', () => {
    expect(isFenceClosed('```js\nx\n```')).toBe(true);
    expect(isFenceClosed('```js\nx\n```\n')).toBe(true);
    expect(isFenceClosed('````\nx\n`````')).toBe(true);
    expect(isFenceClosed('~~~\nx\n~~~')).toBe(true);
    expect(isFenceClosed('```\n```')).toBe(true);
    expect(isFenceClosed('```js\nx')).toBe(false);
    expect(isFenceClosed('```')).toBe(false);
    expect(isFenceClosed('````\nx\n```')).toBe(false);
    expect(isFenceClosed('~~~\nx\n```')).toBe(false);
    expect(isFenceClosed('```\nx\n```js')).toBe(false);
  });

  it('counts indented code as closed: it has no fence', () => {
    expect(isFenceClosed('    x = 1')).toBe(true);
  });
});

describe('toBlocks', () => {
  const text =
    'Intro **bold**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```py\nx = 1\n```\n\n- [ ] task';

  it('splits the answer into its top-level blocks, leaving out blank lines', () => {
    const blocks = toBlocks(lex(text), false);
    expect(blocks.map((b) => b.token.type)).toEqual(['paragraph', 'table', 'code', 'list']);
    expect(blocks.every((b) => !b.pending)).toBe(true);
  });

  it('keeps the keys of finished blocks stable while the last one grows', () => {
    const before = toBlocks(lex(`${text}\n\nMore te`), true).map((b) => b.key);
    const after = toBlocks(lex(`${text}\n\nMore text, more`), true).map((b) => b.key);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)).not.toBe(before.at(-1));
  });

  it('keeps the key of a closed fence when the newline after it arrives', () => {
    const closed = toBlocks(lex('```js\nx\n```'), true);
    const next = toBlocks(lex('```js\nx\n```\n'), true);
    expect(next[0]?.key).toBe(closed[0]?.key);
  });

  it('marks a fence still being streamed as pending, and only while streaming', () => {
    const open = 'Here:\n\n```python\nprint("hi")';
    const streamed = toBlocks(lex(open), true);
    expect(streamed.map((b) => [b.token.type, b.pending])).toEqual([
      ['paragraph', false],
      ['code', true],
    ]);
    // A finished answer cut off mid-fence is final: it is highlighted as it is.
    expect(toBlocks(lex(open), false).at(-1)?.pending).toBe(false);
    // The closing fence makes it final even while streaming, and changes its key once.
    const closed = toBlocks(lex(`${open}\n\`\`\``), true);
    expect(closed.at(-1)?.pending).toBe(false);
    expect(closed.at(-1)?.key).not.toBe(streamed.at(-1)?.key);
  });

  it('finds an open fence nested in a list item', () => {
    const [list] = toBlocks(lex('1. Install:\n\n   ```bash\n   npm i'), true);
    expect(list?.token.type).toBe('list');
    expect(list?.pending).toBe(true);
  });

  it('does not render reference definitions, but keys blocks on them', () => {
    const without = toBlocks(lex('See [docs][d].'), false);
    const withDef = toBlocks(lex('See [docs][d].\n\n[d]: https://example.com'), false);
    expect(withDef).toHaveLength(1);
    expect(withDef[0]?.key).not.toBe(without[0]?.key);
    const otherHref = toBlocks(lex('See [docs][d].\n\n[d]: https://example.org'), false);
    expect(otherHref[0]?.key).not.toBe(withDef[0]?.key);
  });

  it('gives an empty answer no blocks', () => {
    expect(toBlocks(lex(''), true)).toEqual([]);
  });
});

describe('hasOpenFence', () => {
  it('is false for blocks without code', () => {
    const [p] = lex('plain `code` text');
    expect(p && hasOpenFence(p)).toBe(false);
  });
});

describe('hidePartialFence', () => {
  it('hides a last line that may be the start of a fence', () => {
    expect(hidePartialFence('Code:\n\n`')).toBe('Code:\n\n');
    expect(hidePartialFence('Code:\n\n``')).toBe('Code:\n\n');
    expect(hidePartialFence('```js\nx = 1\n``')).toBe('```js\nx = 1\n');
    expect(hidePartialFence('~~')).toBe('');
  });

  it('leaves inline backticks and complete fences alone', () => {
    expect(hidePartialFence('Use `x`')).toBe('Use `x`');
    expect(hidePartialFence('Use `')).toBe('Use `');
    expect(hidePartialFence('Code:\n\n```')).toBe('Code:\n\n```');
  });
});
