import { describe, expect, it } from 'vitest';
import type { GgufValue } from './ggufHeader';
import {
  createSpmTokenizer,
  tokenizerFromGguf,
  vocabFromGguf,
  type SpmVocab,
} from './ggufTokenizer';
import { countEngineRequest } from './ggufTokenizerRequest';

// A tiny SentencePiece vocabulary laid out like llama2.c's: <unk>, <s>, </s>,
// the 256 byte tokens, then pieces with their scores (higher merges first).
const PIECES: [string, number][] = [
  ['▁', -1],
  ['a', -2],
  ['b', -2],
  ['c', -2],
  ['▁a', -3],
  ['ab', -6],
  ['bc', -4],
  ['abc', -5],
  ['aa', -7],
  ['▁b', -8],
  ['x', -2],
  ['<', -2],
];
const BYTE_BASE = 3;
const PIECE_BASE = BYTE_BASE + 256;
const hex = (b: number) => b.toString(16).toUpperCase().padStart(2, '0');

function meta(extra: Record<string, GgufValue> = {}): Map<string, GgufValue> {
  const tokens = [
    '<unk>',
    '<s>',
    '</s>',
    ...Array.from({ length: 256 }, (_, b) => `<0x${hex(b)}>`),
    ...PIECES.map(([text]) => text),
  ];
  const scores = [0, 0, 0, ...Array<number>(256).fill(0), ...PIECES.map(([, s]) => s)];
  const types = [2, 3, 3, ...Array<number>(256).fill(6), ...PIECES.map(() => 1)];
  return new Map<string, GgufValue>(
    Object.entries({
      'tokenizer.ggml.model': 'llama',
      'tokenizer.ggml.tokens': tokens,
      'tokenizer.ggml.scores': scores,
      'tokenizer.ggml.token_type': types,
      ...extra,
    }),
  );
}

function spm(extra: Record<string, GgufValue> = {}): SpmVocab {
  const v = vocabFromGguf(meta(extra));
  if (v.kind !== 'spm') throw new Error('expected an SPM vocabulary');
  return v.vocab;
}

const id = (piece: string) => PIECE_BASE + PIECES.findIndex(([text]) => text === piece);
const byte = (b: number) => BYTE_BASE + b;
const PROMPT = { addSpecial: true, parseSpecial: true };
const PLAIN = { addSpecial: false, parseSpecial: false };

describe('the SentencePiece tokenizer', () => {
  const tok = createSpmTokenizer(spm());
  const bare = createSpmTokenizer(spm({ 'tokenizer.ggml.add_space_prefix': false }));

  it('adds BOS and a space in front, as llama.cpp does by default', () => {
    expect(tok.tokenize('a', PROMPT)).toEqual([1, id('▁a')]);
    expect(tok.tokenize('', PROMPT)).toEqual([1]);
    expect(tok.tokenize('', PLAIN)).toEqual([]);
  });

  it('merges the best-scoring pair first, not left to right', () => {
    // "ab" (-6) loses to "bc" (-4); then "a"+"bc" makes "abc".
    expect(bare.tokenize('abc', PLAIN)).toEqual([id('abc')]);
    // Left to right would make "aa" then "b"; "ab" scores better, and "a"+"ab" is no token.
    expect(bare.tokenize('aab', PLAIN)).toEqual([id('a'), id('ab')]);
  });

  it('breaks ties between equal scores at the leftmost pair', () => {
    expect(bare.tokenize('aaa', PLAIN)).toEqual([id('aa'), id('a')]);
  });

  it('writes spaces as ▁ and keeps runs of them', () => {
    expect(tok.tokenize('a  b', PLAIN)).toEqual([id('▁a'), id('▁'), id('▁b')]);
  });

  it('falls back to UTF-8 byte tokens for characters the vocabulary lacks', () => {
    expect(bare.tokenize('é', PLAIN)).toEqual([byte(0xc3), byte(0xa9)]);
    expect(bare.tokenize('🙂\n', PLAIN)).toEqual([
      byte(0xf0),
      byte(0x9f),
      byte(0x99),
      byte(0x82),
      byte(0x0a),
    ]);
  });

  it('reads control tokens typed in the text as those tokens only when parsing specials', () => {
    // After a special token the next text gets the space prefix again.
    expect(tok.tokenize('x</s>a', PROMPT)).toEqual([1, id('▁'), id('x'), 2, id('▁a')]);
    const asText = tok.tokenize('</s>', PLAIN);
    expect(asText).not.toContain(2);
    expect(asText.slice(0, 2)).toEqual([id('▁'), id('<')]);
  });

  it('follows the file’s flags for BOS, EOS and the space prefix', () => {
    const noBos = createSpmTokenizer(
      spm({ 'tokenizer.ggml.add_bos_token': false, 'tokenizer.ggml.add_eos_token': true }),
    );
    expect(noBos.tokenize('a', PROMPT)).toEqual([id('▁a'), 2]);
    expect(bare.tokenize('a', PROMPT)).toEqual([1, id('a')]);
  });

  it('uses the last of duplicate token texts, as llama.cpp’s map does', () => {
    const m = meta();
    const tokens = [...(m.get('tokenizer.ggml.tokens') as string[]), 'x'];
    m.set('tokenizer.ggml.tokens', tokens);
    const made = tokenizerFromGguf(m);
    if (!('tokenizer' in made)) throw new Error('expected a tokenizer');
    expect(made.tokenizer.tokenize('x', PLAIN)).toEqual([id('▁'), tokens.length - 1]);
  });
});

describe('vocabFromGguf', () => {
  it('takes llama.cpp’s SentencePiece defaults and the file’s own ids', () => {
    expect(spm()).toMatchObject({
      bosId: 1,
      eosId: 2,
      unkId: 0,
      addBos: true,
      addEos: false,
      addSpacePrefix: true,
    });
    expect(spm({ 'tokenizer.ggml.bos_token_id': 5 }).bosId).toBe(5);
    // An id outside the vocabulary is ignored rather than emitted.
    expect(spm({ 'tokenizer.ggml.bos_token_id': 999_999 }).bosId).toBe(1);
  });

  it('reports vocabularies it has no tokenizer for', () => {
    expect(tokenizerFromGguf(meta({ 'tokenizer.ggml.model': 'gpt2' }))).toEqual({
      unsupported: 'gpt2',
    });
    expect(tokenizerFromGguf(new Map())).toEqual({ unsupported: 'none' });
    expect(tokenizerFromGguf(meta({ 'tokenizer.ggml.tokens': [1, 2] }))).toEqual({
      unsupported: 'llama',
    });
  });
});

describe('countEngineRequest', () => {
  const tok = createSpmTokenizer(spm());
  const messages = [
    { role: 'system', content: 'a' },
    { role: 'user', content: 'b' },
  ];

  it('counts the plain-text prompt a model without a chat template reads, exactly', () => {
    // "a\n\nb" with BOS: <s> ▁a <0x0A> <0x0A> b
    expect(countEngineRequest({ messages }, tok, false)).toEqual({
      tokens: 5,
      approximateParts: [],
    });
  });

  it('counts messages exactly and marks a chat template’s framing as approximate', () => {
    const counted = countEngineRequest({ messages }, tok, true);
    expect(counted.approximateParts).toEqual(['chat template']);
    expect(counted.tokens).toBeGreaterThan(5);
  });

  it('counts a completion prompt exactly, a suffix roughly', () => {
    expect(countEngineRequest({ prompt: 'ab' }, tok, true)).toEqual({
      tokens: 3,
      approximateParts: [],
    });
    expect(countEngineRequest({ prompt: 'a', suffix: 'b' }, tok, false)).toEqual({
      tokens: 3,
      approximateParts: ['suffix'],
    });
  });
});
