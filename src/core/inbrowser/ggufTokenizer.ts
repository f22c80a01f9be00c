// llama.cpp's tokenizers, in JS, from the vocabulary in a GGUF header: the
// in-browser engine (wllama 3.8.1) has no tokenize call, so the estimate
// reproduces what llama.cpp does instead. This module reads the vocabulary and
// implements SentencePiece ("llama") vocabularies, following llama-vocab.cpp:
// `tokenize()` (special-token partition, BOS, the space prefix) and
// `llm_tokenizer_spm_session` (score-driven bigram merges, byte fallback).
// Byte-level BPE ("gpt2") vocabularies are in ggufBpe.ts.

import { PriorityQueue } from './priorityQueue';
import { bpePreset, createBpeTokenizer, type BpeVocab } from './ggufBpe';
import type { GgufValue } from './ggufHeader';
import { partition, specialTokens } from './ggufSpecial';

export interface SpmVocab {
  tokens: readonly string[];
  scores: readonly number[];
  /** Per token; missing means "normal". */
  types: readonly number[];
  bosId: number;
  eosId: number;
  unkId: number;
  addBos: boolean;
  addEos: boolean;
  addSpacePrefix: boolean;
}

export type VocabFromGguf =
  | { kind: 'spm'; vocab: SpmVocab }
  | { kind: 'bpe'; vocab: BpeVocab }
  /** A tokenizer this module does not implement: the estimate stays approximate. */
  | { kind: 'unsupported'; model: string };

/** The header keys the tokenizer reads; everything else is skipped unread. */
export function isTokenizerKey(key: string): boolean {
  return key.startsWith('tokenizer.ggml.');
}

function stringArray(value: GgufValue | undefined): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
    ? (value as string[])
    : undefined;
}

function numberArray(value: GgufValue | undefined): number[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'number')
    ? (value as number[])
    : undefined;
}

function tokenId(value: GgufValue | undefined, fallback: number, count: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < count
    ? value
    : fallback;
}

function flag(value: GgufValue | undefined, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function bpeVocab(meta: ReadonlyMap<string, GgufValue>, tokens: string[]): VocabFromGguf {
  const merges = stringArray(meta.get('tokenizer.ggml.merges'));
  const pre = meta.get('tokenizer.ggml.pre');
  const preset = bpePreset(typeof pre === 'string' ? pre : undefined);
  // llama.cpp refuses a BPE vocabulary without merges; an unknown pre-tokenizer
  // splits text in ways this module cannot reproduce.
  if (!merges) return { kind: 'unsupported', model: 'gpt2' };
  if (!preset) return { kind: 'unsupported', model: `gpt2 (pre-tokenizer ${String(pre)})` };
  const n = tokens.length;
  return {
    kind: 'bpe',
    vocab: {
      tokens,
      types: numberArray(meta.get('tokenizer.ggml.token_type')) ?? [],
      merges,
      preset,
      // GPT-2's defaults in llama.cpp: <|endoftext|> (11 in its own vocabulary) for both.
      bosId: tokenId(meta.get('tokenizer.ggml.bos_token_id'), 11, n),
      eosId: tokenId(meta.get('tokenizer.ggml.eos_token_id'), 11, n),
      addBos: flag(meta.get('tokenizer.ggml.add_bos_token'), preset.addBos),
      addEos: flag(meta.get('tokenizer.ggml.add_eos_token'), false),
    },
  };
}

/** The vocabulary from a header's `tokenizer.ggml.*` keys, with llama.cpp's defaults. */
export function vocabFromGguf(meta: ReadonlyMap<string, GgufValue>): VocabFromGguf {
  const model = meta.get('tokenizer.ggml.model');
  const name = typeof model === 'string' ? model : 'none';
  const tokens = stringArray(meta.get('tokenizer.ggml.tokens'));
  if (!tokens || tokens.length === 0) return { kind: 'unsupported', model: name };
  if (name === 'gpt2') return bpeVocab(meta, tokens);
  if (name !== 'llama') return { kind: 'unsupported', model: name };
  const scores = numberArray(meta.get('tokenizer.ggml.scores')) ?? [];
  const types = numberArray(meta.get('tokenizer.ggml.token_type')) ?? [];
  const n = tokens.length;
  return {
    kind: 'spm',
    vocab: {
      tokens,
      scores,
      types,
      // SentencePiece defaults in llama.cpp: <unk> 0, <s> 1, </s> 2, BOS added, a space prefix.
      bosId: tokenId(meta.get('tokenizer.ggml.bos_token_id'), 1, n),
      eosId: tokenId(meta.get('tokenizer.ggml.eos_token_id'), 2, n),
      unkId: tokenId(meta.get('tokenizer.ggml.unknown_token_id'), 0, n),
      addBos: flag(meta.get('tokenizer.ggml.add_bos_token'), true),
      addEos: flag(meta.get('tokenizer.ggml.add_eos_token'), false),
      addSpacePrefix: flag(meta.get('tokenizer.ggml.add_space_prefix'), true),
    },
  };
}

export interface TokenizeOptions {
  /** Add BOS/EOS as the vocabulary asks (llama.cpp's `add_special`). */
  addSpecial: boolean;
  /** Turn the text of control tokens (e.g. "<s>") into those tokens (`parse_special`). */
  parseSpecial: boolean;
}

export interface Tokenizer {
  tokenize(text: string, options: TokenizeOptions): number[];
}

interface Bigram {
  left: number;
  right: number;
  score: number;
  /** Length of the merged text when queued: a mismatch later means a side has since grown. */
  size: number;
}

/** std::priority_queue with llama.cpp's comparator: best score first, then leftmost. */
const bestScoreThenLeftmost = (a: Bigram, b: Bigram): boolean =>
  a.score > b.score || (a.score === b.score && a.left < b.left);

const utf8 = new TextEncoder();
const HEX = '0123456789ABCDEF';

export function createSpmTokenizer(vocab: SpmVocab): Tokenizer {
  const { tokens, scores, types } = vocab;
  // As llama.cpp's token_to_id map is built: a later duplicate wins.
  const toId = new Map<string, number>();
  tokens.forEach((text, id) => toId.set(text, id));

  const special = specialTokens(tokens, types);

  const byteToken = (byte: number): number =>
    toId.get(`<0x${HEX[byte >> 4]}${HEX[byte & 15]}>`) ??
    (byte < 0x80 ? toId.get(String.fromCharCode(byte)) : undefined) ??
    vocab.unkId;

  /** One piece of raw text, as `llm_tokenizer_spm_session::tokenize`. */
  function spm(text: string, out: number[]): void {
    const sym = Array.from(text); // UTF-8 characters = code points
    const n = sym.length;
    if (n === 0) return;
    const prev = sym.map((_, i) => i - 1);
    const next = sym.map((_, i) => (i + 1 < n ? i + 1 : -1));
    const queue = new PriorityQueue<Bigram>(bestScoreThenLeftmost);
    const tryAdd = (left: number, right: number) => {
      if (left === -1 || right === -1) return;
      const merged = sym[left]! + sym[right]!;
      const id = toId.get(merged);
      if (id === undefined) return;
      queue.push({ left, right, score: scores[id] ?? 0, size: merged.length });
    };
    for (let i = 1; i < n; i++) tryAdd(i - 1, i);
    while (queue.size > 0) {
      const b = queue.pop()!;
      const left = sym[b.left]!;
      const right = sym[b.right]!;
      if (left === '' || right === '' || left.length + right.length !== b.size) continue;
      sym[b.left] = left + right;
      sym[b.right] = '';
      const after = next[b.right]!;
      next[b.left] = after;
      if (after >= 0) prev[after] = b.left;
      tryAdd(prev[b.left]!, b.left);
      tryAdd(b.left, after);
    }
    // Every merge made a vocabulary token, so what is not one is a single
    // character the vocabulary lacks: it goes out as its UTF-8 bytes.
    for (let i = 0; i !== -1; i = next[i]!) {
      const id = toId.get(sym[i]!);
      if (id !== undefined) out.push(id);
      else for (const byte of utf8.encode(sym[i]!)) out.push(byteToken(byte));
    }
  }

  return {
    tokenize(text, { addSpecial, parseSpecial }) {
      const out: number[] = [];
      if (addSpecial && vocab.addBos) out.push(vocab.bosId);
      // The first piece of text, and any right after a special token, gets a space in front.
      let prevSpecial = true;
      for (const fragment of partition(special, text, parseSpecial)) {
        if (typeof fragment === 'string') {
          const prefixed = vocab.addSpacePrefix && prevSpecial ? ` ${fragment}` : fragment;
          spm(prefixed.replaceAll(' ', '\u2581'), out);
          prevSpecial = false;
        } else {
          out.push(fragment.token);
          prevSpecial = true;
        }
      }
      if (addSpecial && vocab.addEos) out.push(vocab.eosId);
      return out;
    },
  };
}

/** The tokenizer for a GGUF header's vocabulary, or why there is none. */
export function tokenizerFromGguf(
  meta: ReadonlyMap<string, GgufValue>,
): { tokenizer: Tokenizer } | { unsupported: string } {
  const vocab = vocabFromGguf(meta);
  if (vocab.kind === 'spm') return { tokenizer: createSpmTokenizer(vocab.vocab) };
  if (vocab.kind === 'bpe') return { tokenizer: createBpeTokenizer(vocab.vocab) };
  return { unsupported: vocab.model };
}
