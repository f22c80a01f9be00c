import { Lexer, type Links, type Token, type TokensList } from 'marked';

/** The lexer options of every answer (renderHtml.ts renders what this lexes). */
export const LEXER_OPTIONS = { gfm: true, breaks: true } as const;

function lexWith(src: string, links: Links | null): TokensList {
  // A fresh options object: marked's Lexer stores its tokenizer on the object it is given.
  const lexer = new Lexer({ ...LEXER_OPTIONS });
  if (links) Object.assign(lexer.tokens.links, links);
  return lexer.lex(src);
}

const isContent = (t: Token) => t.type !== 'space' && t.type !== 'def';

/** The reference definitions in `tokens`, first one winning, as marked's lexer records them. */
function definitionsIn(tokens: Token[], into: Links): Links {
  for (const t of tokens) {
    if (t.type === 'def') {
      const tag = String(t.tag);
      if (!Object.hasOwn(into, tag)) into[tag] = { href: t.href, title: t.title };
    }
    if ('tokens' in t && Array.isArray(t.tokens)) definitionsIn(t.tokens, into);
    if (t.type === 'list' && Array.isArray(t.items)) definitionsIn(t.items as Token[], into);
  }
  return into;
}

function sameLinks(a: Links, b: Links): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (k) => Object.hasOwn(b, k) && a[k]?.href === b[k]?.href && a[k]?.title === b[k]?.title,
  );
}

/**
 * Re-lexes only the end of a text that grew at the end: from its
 * second-to-last block on. The last block is the only one still growing;
 * the one before is re-lexed too because a growing block can change how its
 * neighbour ends (`a\n#` is a paragraph and a heading, `a\n#x` one
 * paragraph). Null when that is not safe: a reference definition came or
 * changed (earlier links would resolve differently), or the tokens do not
 * tile the text.
 */
function relexEnd(prev: TokensList, text: string): TokensList | null {
  const contentAt = prev.flatMap((t, i) => (isContent(t) ? [i] : []));
  const cut = contentAt.at(-2);
  if (cut === undefined || cut === 0) return null;
  const kept = prev.slice(0, cut);
  let start = 0;
  for (const t of kept) {
    if (!text.startsWith(t.raw, start)) return null;
    start += t.raw.length;
  }
  const tail = lexWith(text.slice(start), definitionsIn(kept, Object.create(null) as Links));
  if (!sameLinks(tail.links, prev.links)) return null;
  return Object.assign([...kept, ...tail], { links: tail.links });
}

export interface IncrementalLexer {
  lex(text: string): TokensList;
}

/**
 * A lexer for one streaming answer: each call gets the whole text, and when
 * it extends the previous one only its end is lexed again, so a long answer
 * costs the same per token as a short one. The result is the same as lexing
 * the whole text (see the tests).
 */
export function createIncrementalLexer(): IncrementalLexer {
  let prevText: string | null = null;
  let prev: TokensList | null = null;
  return {
    lex(input) {
      const text = input.replace(/\r\n?/g, '\n');
      const next =
        (prev && prevText !== null && text.startsWith(prevText) ? relexEnd(prev, text) : null) ??
        lexWith(text, null);
      prev = next;
      prevText = text;
      return next;
    },
  };
}
