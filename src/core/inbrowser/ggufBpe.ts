// llama.cpp's tokenizer for byte-level BPE ("gpt2") vocabularies, in JS:
// SmolLM2, Qwen2.5, Llama 3 and most recent GGUFs. Follows llama-vocab.cpp's
// `llm_tokenizer_bpe` (a pre-tokenizer chosen by `tokenizer.ggml.pre`) and
// `llm_tokenizer_bpe_session` (merges by rank inside each piece, then bytes),
// and unicode.cpp's `unicode_regex_split` (the pieces, GPT-2's byte-to-unicode
// mapping).
//
// Where the JS regexes differ from llama.cpp's splitting, they are adjusted to
// split as llama.cpp does, not as the tokenizer.json regex would:
// - `\s` is llama.cpp's whitespace (Unicode White_Space), written out: JS's
//   `\s` lacks U+0085 and adds U+FEFF, and C++'s std::regex sees non-ASCII
//   whitespace only because llama.cpp rewrites it to \v first.
// - gpt2 and llama3 are split by hand-written code in llama.cpp; the
//   patterns here are its alternatives, checked against the engine (unassigned
//   code points included). The others run through std::regex, which keeps
//   the text between two matches as one piece, as preTokenize does.

import { PriorityQueue } from './priorityQueue';
import { partition, specialTokens } from './ggufSpecial';
import type { Tokenizer } from './ggufTokenizer';

/** One pass of the pre-tokenizer over every piece the previous pass made. */
type SplitPass = RegExp;

const WS = '\\t\\n\\v\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const CONTRACTIONS_ANY_CASE = "(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])";

function pass(source: string): SplitPass {
  return new RegExp(source, 'gu');
}

// unicode_regex_split_custom_gpt2
const GPT2 = pass(
  `'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^${WS}\\p{L}\\p{N}]+|[${WS}]+(?![^${WS}])|[${WS}]+`,
);
// unicode_regex_split_custom_llama3
const LLAMA3 = pass(
  `${CONTRACTIONS_ANY_CASE}|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^${WS}\\p{L}\\p{N}]+[\\r\\n]*|[${WS}]*[\\r\\n]+|[${WS}]+(?![^${WS}])|[${WS}]+`,
);
const QWEN2 = pass(
  `${CONTRACTIONS_ANY_CASE}|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^${WS}\\p{L}\\p{N}]+[\\r\\n]*|[${WS}]*[\\r\\n]+|[${WS}]+(?![^${WS}])|[${WS}]+`,
);
const DIGIT = pass('\\p{N}');

/** How llama.cpp reads a BPE vocabulary with a given `tokenizer.ggml.pre`. */
export interface BpePreset {
  passes: readonly SplitPass[];
  /** A piece that is itself a token is taken whole (llama3's `ignore_merges`). */
  ignoreMerges: boolean;
  /** BOS unless the file says otherwise. */
  addBos: boolean;
}

const preset = (passes: SplitPass[], extra: Partial<BpePreset> = {}): BpePreset => ({
  passes,
  ignoreMerges: false,
  addBos: false,
  ...extra,
});

const DEFAULT = preset([pass('[\\p{P}$+<=>^~|]+'), GPT2, pass('\\p{N}+'), pass('[0-9][0-9][0-9]')]);
const GPT2_PRESET = preset([GPT2]);
const LLAMA3_PRESET = preset([LLAMA3], { ignoreMerges: true, addBos: true });
const SMAUG_PRESET = preset([LLAMA3]);
const QWEN2_PRESET = preset([QWEN2]);
const SMOLLM_PRESET = preset([DIGIT, GPT2]);

/** `tokenizer.ggml.pre` values as llama.cpp's vocabulary loader groups them. */
const PRESETS: Readonly<Record<string, BpePreset>> = {
  default: DEFAULT,
  'gpt-2': GPT2_PRESET,
  'phi-2': GPT2_PRESET,
  'roberta-bpe': GPT2_PRESET,
  mpt: GPT2_PRESET,
  olmo: GPT2_PRESET,
  llama3: LLAMA3_PRESET,
  'llama-v3': LLAMA3_PRESET,
  'llama-bpe': LLAMA3_PRESET,
  falcon3: LLAMA3_PRESET,
  dbrx: SMAUG_PRESET,
  'smaug-bpe': SMAUG_PRESET,
  qwen2: QWEN2_PRESET,
  'deepseek-r1-qwen': QWEN2_PRESET,
  megrez: QWEN2_PRESET,
  stablelm2: QWEN2_PRESET,
  smollm: SMOLLM_PRESET,
  starcoder: SMOLLM_PRESET,
  refact: SMOLLM_PRESET,
  'command-r': SMOLLM_PRESET,
  codeshell: SMOLLM_PRESET,
  exaone: SMOLLM_PRESET,
  'minerva-7b': SMOLLM_PRESET,
};

/**
 * The pre-tokenizer for a `tokenizer.ggml.pre` value; a file without one (or
 * with an empty one) gets llama.cpp's "default". Undefined for values this
 * module does not know.
 */
export function bpePreset(pre: string | undefined): BpePreset | undefined {
  const name = pre || 'default';
  return Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
}

/** unicode_regex_split's passes, before the byte mapping. */
export function preTokenize(text: string, passes: readonly SplitPass[]): string[] {
  let pieces = text === '' ? [] : [text];
  for (const pattern of passes) {
    const next: string[] = [];
    for (const piece of pieces) {
      let from = 0;
      for (const match of piece.matchAll(pattern)) {
        if (match.index > from) next.push(piece.slice(from, match.index));
        next.push(match[0]);
        from = match.index + match[0].length;
      }
      if (from < piece.length) next.push(piece.slice(from));
    }
    pieces = next;
  }
  return pieces;
}

/** GPT-2's bytes_to_unicode: every byte as a printable character. */
export const BYTE_TO_CHAR: readonly string[] = (() => {
  const map: string[] = new Array<string>(256);
  const printable = (b: number) =>
    (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  let n = 0;
  for (let b = 0; b < 256; b++) {
    map[b] = String.fromCodePoint(printable(b) ? b : 256 + n++);
  }
  return map;
})();

const utf8 = new TextEncoder();

/** A piece as llama.cpp merges it: its UTF-8 bytes, each as its GPT-2 character. */
export function byteEncode(piece: string): string {
  let out = '';
  for (const byte of utf8.encode(piece)) out += BYTE_TO_CHAR[byte];
  return out;
}

interface Bigram {
  left: number;
  right: number;
  text: string;
  rank: number;
}

/** llama.cpp's queue order: lowest rank first, then leftmost. */
const lowestRankThenLeftmost = (a: Bigram, b: Bigram): boolean =>
  a.rank < b.rank || (a.rank === b.rank && a.left < b.left);

export interface BpeModel {
  /** Token texts as stored: in GPT-2's byte characters, specials as written. */
  toId: ReadonlyMap<string, number>;
  /** "left right" → rank, from `tokenizer.ggml.merges`. */
  merges: readonly string[];
  preset: BpePreset;
}

/**
 * Tokenizes raw text (no special tokens in it: see ggufTokenizer's partition)
 * as `llm_tokenizer_bpe_session::tokenize` does.
 */
export function createBpeEncoder(model: BpeModel): (text: string, out: number[]) => void {
  const { toId, preset: pre } = model;
  const ranks = new Map<string, number>();
  model.merges.forEach((merge, rank) => {
    // llama.cpp splits a merge at its first space after the first character.
    const at = merge.indexOf(' ', 1);
    if (at === -1) return;
    if (!ranks.has(merge)) ranks.set(merge, rank);
  });

  function encodePiece(word: string, out: number[]): void {
    if (pre.ignoreMerges) {
      const whole = toId.get(word);
      if (whole !== undefined) {
        out.push(whole);
        return;
      }
    }
    const sym = Array.from(word);
    const n = sym.length;
    const prev = sym.map((_, i) => i - 1);
    const next = sym.map((_, i) => (i + 1 < n ? i + 1 : -1));
    const queue = new PriorityQueue<Bigram>(lowestRankThenLeftmost);
    const tryAdd = (left: number, right: number) => {
      if (left === -1 || right === -1) return;
      const rank = ranks.get(`${sym[left]} ${sym[right]}`);
      if (rank !== undefined) queue.push({ left, right, text: sym[left]! + sym[right]!, rank });
    };
    for (let i = 1; i < n; i++) tryAdd(i - 1, i);
    while (queue.size > 0) {
      const b = queue.pop()!;
      const left = sym[b.left]!;
      const right = sym[b.right]!;
      // An emptied side, or one that has grown since: the pair is stale.
      if (left === '' || right === '' || left + right !== b.text) continue;
      sym[b.left] = b.text;
      sym[b.right] = '';
      const after = next[b.right]!;
      next[b.left] = after;
      if (after >= 0) prev[after] = b.left;
      tryAdd(prev[b.left]!, b.left);
      tryAdd(b.left, after);
    }
    for (let i = 0; i !== -1; i = next[i]!) {
      const text = sym[i]!;
      const id = toId.get(text);
      if (id !== undefined) {
        out.push(id);
        continue;
      }
      // A merge whose result is no token: llama.cpp looks up each byte of
      // the text alone, which only an ASCII character can be; the rest is dropped.
      for (const byte of utf8.encode(text)) {
        const single = byte < 0x80 ? toId.get(String.fromCharCode(byte)) : undefined;
        if (single !== undefined) out.push(single);
      }
    }
  }

  return (text, out) => {
    for (const piece of preTokenize(text, pre.passes)) encodePiece(byteEncode(piece), out);
  };
}

export interface BpeVocab {
  tokens: readonly string[];
  /** Per token; missing means "normal". */
  types: readonly number[];
  merges: readonly string[];
  preset: BpePreset;
  bosId: number;
  eosId: number;
  addBos: boolean;
  addEos: boolean;
}

/** llama.cpp's `tokenize()` for a BPE vocabulary: specials split out, BOS/EOS as the file asks. */
export function createBpeTokenizer(vocab: BpeVocab): Tokenizer {
  // As llama.cpp's token_to_id map is built: a later duplicate wins.
  const toId = new Map<string, number>();
  vocab.tokens.forEach((text, id) => toId.set(text, id));
  const encode = createBpeEncoder({ toId, merges: vocab.merges, preset: vocab.preset });
  const special = specialTokens(vocab.tokens, vocab.types);
  return {
    tokenize(text, { addSpecial, parseSpecial }) {
      const out: number[] = [];
      if (addSpecial && vocab.addBos) out.push(vocab.bosId);
      for (const fragment of partition(special, text, parseSpecial)) {
        if (typeof fragment === 'string') encode(fragment, out);
        else out.push(fragment.token);
      }
      if (addSpecial && vocab.addEos) out.push(vocab.eosId);
      return out;
    },
  };
}
