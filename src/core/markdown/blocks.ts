import type { Token, TokensList } from 'marked';

/**
 * One top-level block of an answer. Streaming re-lexes the whole text on
 * every frame, but a block whose key is unchanged is not parsed, sanitised
 * or highlighted again: only the last, still growing block is.
 */
export interface MdBlock {
  token: Token;
  /** Everything the block's HTML depends on: its source, whether a fence in it is still being written, the reference definitions. */
  key: string;
  /** A code fence in this block is still being streamed: show it as code, highlight it later. */
  pending: boolean;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/** A fenced code token's source ends with its closing fence (indented code has none). */
export function isFenceClosed(raw: string): boolean {
  const open = FENCE_OPEN.exec(raw);
  if (!open) return true;
  const fence = open[1]!;
  const lines = raw.replace(/\n+$/, '').split('\n');
  if (lines.length < 2) return false;
  const last = lines[lines.length - 1]!;
  const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  return close.test(last);
}

function children(token: Token): Token[] {
  const out: Token[] = [];
  if ('tokens' in token && Array.isArray(token.tokens)) out.push(...token.tokens);
  if (token.type === 'list' && Array.isArray(token.items)) out.push(...(token.items as Token[]));
  return out;
}

/** A code fence anywhere in the block (a list item, a quote) is not closed yet. */
export function hasOpenFence(token: Token): boolean {
  if (token.type === 'code') return !isFenceClosed(token.raw);
  return children(token).some(hasOpenFence);
}

// The finished blocks of a long answer are the same token objects frame after
// frame (see incrementalLexer.ts): their keys are built once.
const finished = new WeakMap<Token, { defs: string; block: MdBlock }>();

/**
 * The blocks to render: the lexer's top-level tokens without blank lines and
 * link reference definitions (which render nothing). While streaming, only
 * the last block can still be open.
 */
export function toBlocks(tokens: TokensList, streaming: boolean): MdBlock[] {
  const content = tokens.filter((t) => t.type !== 'space' && t.type !== 'def');
  // A definition arriving later changes how earlier `[text][ref]` links render.
  const defs = Object.entries(tokens.links)
    .map(([tag, link]) => `${tag} ${link.href} ${link.title ?? ''}`)
    .join('\u0001');
  return content.map((token, i) => {
    const pending = streaming && i === content.length - 1 && hasOpenFence(token);
    const known = finished.get(token);
    if (!pending && known?.defs === defs) return known.block;
    // Trailing newlines come and go as the next block starts; they change nothing shown.
    const source = token.raw.replace(/\n+$/, '');
    const block = {
      token,
      pending,
      key: `${pending ? 'open' : 'done'}\u0000${defs}\u0000${source}`,
    };
    if (!pending) finished.set(token, { defs, block });
    return block;
  });
}

/**
 * While streaming, a last line of one or two backticks (or tildes) is
 * probably the start of a fence: hiding it for a frame or two keeps it from
 * flashing as paragraph text (or as a stray line in the code) before it
 * becomes a fence.
 */
export function hidePartialFence(text: string): string {
  return text.replace(/(^|\n) {0,3}(?:`{1,2}|~{1,2})$/, '$1');
}
