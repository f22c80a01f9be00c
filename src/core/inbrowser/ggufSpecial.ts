// Special tokens in raw text, for every kind of vocabulary: llama.cpp's
// `tokenizer_st_partition` splits the text of control and user-defined
// tokens out before the tokenizer proper sees it.

/** llama.cpp's `llama_token_type`, as GGUF stores it per token. */
export const TOKEN_TYPE = { NORMAL: 1, UNKNOWN: 2, CONTROL: 3, USER_DEFINED: 4 } as const;

export interface SpecialToken {
  text: string;
  id: number;
  type: number;
}

const utf8 = new TextEncoder();

/** The tokens matched in raw text, longest (in bytes) first, as llama.cpp orders them. */
export function specialTokens(tokens: readonly string[], types: readonly number[]): SpecialToken[] {
  return tokens
    .map((text, id) => ({ text, id, type: types[id] ?? TOKEN_TYPE.NORMAL }))
    .filter(
      (t) =>
        t.text !== '' &&
        (t.type === TOKEN_TYPE.CONTROL ||
          t.type === TOKEN_TYPE.USER_DEFINED ||
          t.type === TOKEN_TYPE.UNKNOWN),
    )
    .map((t) => ({ ...t, bytes: utf8.encode(t.text).length }))
    .sort((a, b) => b.bytes - a.bytes || a.id - b.id)
    .map(({ text, id, type }) => ({ text, id, type }));
}

export type Fragment = string | { token: number };

/** `tokenizer_st_partition`: special tokens' text split out of the raw text. */
export function partition(
  special: readonly SpecialToken[],
  text: string,
  parseSpecial: boolean,
): Fragment[] {
  let fragments: Fragment[] = text === '' ? [] : [text];
  for (const t of special) {
    // Without parse_special only user-defined tokens are matched in text.
    if (!parseSpecial && t.type !== TOKEN_TYPE.USER_DEFINED) continue;
    if (!fragments.some((f) => typeof f === 'string' && f.includes(t.text))) continue;
    const split: Fragment[] = [];
    for (const f of fragments) {
      if (typeof f !== 'string') {
        split.push(f);
        continue;
      }
      let from = 0;
      for (let at = f.indexOf(t.text); at !== -1; at = f.indexOf(t.text, from)) {
        if (at > from) split.push(f.slice(from, at));
        split.push({ token: t.id });
        from = at + t.text.length;
      }
      if (from < f.length) split.push(f.slice(from));
    }
    fragments = split;
  }
  return fragments;
}
