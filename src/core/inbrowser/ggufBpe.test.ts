import { describe, expect, it } from 'vitest';
import { BYTE_TO_CHAR, bpePreset, byteEncode, createBpeTokenizer, preTokenize } from './ggufBpe';
import type { GgufValue } from './ggufHeader';
import { tokenizerFromGguf, vocabFromGguf } from './ggufTokenizer';

// A small byte-level vocabulary laid out like GPT-2's: the 256 byte tokens
// first (so byte b is id b), then the specials, then merged tokens.
const SPECIALS: [string, number][] = [
  ['<|bos|>', 3],
  ['<|eos|>', 3],
  ['<|user|>', 4],
];
const MERGED = ['bc', 'ab', 'abc', 'aa', 'Ġa', 'Ġzebra', '12', '123', 'ĠĠ'];
const MERGES = ['b c', 'a b', 'a bc', 'a a', 'Ġ a', '1 2', '12 3', 'Ġ Ġ', 'x y'];
const BOS = 256;
const EOS = 257;
const USER = 258;
const id = (token: string) => 256 + SPECIALS.length + MERGED.indexOf(token);
const byte = (text: string) => text.charCodeAt(0);

function meta(extra: Record<string, GgufValue> = {}): Map<string, GgufValue> {
  return new Map<string, GgufValue>(
    Object.entries({
      'tokenizer.ggml.model': 'gpt2',
      'tokenizer.ggml.pre': 'gpt-2',
      'tokenizer.ggml.tokens': [...BYTE_TO_CHAR, ...SPECIALS.map(([t]) => t), ...MERGED],
      'tokenizer.ggml.token_type': [
        ...Array<number>(256).fill(1),
        ...SPECIALS.map(([, type]) => type),
        ...MERGED.map(() => 1),
      ],
      'tokenizer.ggml.merges': MERGES,
      'tokenizer.ggml.bos_token_id': BOS,
      'tokenizer.ggml.eos_token_id': EOS,
      ...extra,
    }),
  );
}

function tokenizer(extra: Record<string, GgufValue> = {}) {
  const made = tokenizerFromGguf(meta(extra));
  if (!('tokenizer' in made)) throw new Error(`unsupported: ${made.unsupported}`);
  return made.tokenizer;
}

const PROMPT = { addSpecial: true, parseSpecial: true };
const PLAIN = { addSpecial: false, parseSpecial: false };

const split = (pre: string, text: string) => preTokenize(text, bpePreset(pre)!.passes);

describe('GPT-2’s byte mapping', () => {
  it('writes every byte as a printable character, as the vocabularies store them', () => {
    expect(BYTE_TO_CHAR[0x61]).toBe('a');
    expect(BYTE_TO_CHAR[0x20]).toBe('Ġ');
    expect(BYTE_TO_CHAR[0x0a]).toBe('Ċ');
    expect(BYTE_TO_CHAR[0xad]).toBe('Ń');
    expect(new Set(BYTE_TO_CHAR).size).toBe(256);
    expect(byteEncode(' é')).toBe('ĠÃ©');
  });
});

describe('the pre-tokenizers', () => {
  it('splits digits as each vocabulary’s pre-tokenizer does', () => {
    expect(split('llama-bpe', 'n 1234567')).toEqual(['n', ' ', '123', '456', '7']);
    expect(split('qwen2', 'n 1234567')).toEqual(['n', ' ', '1', '2', '3', '4', '5', '6', '7']);
    expect(split('gpt-2', 'n 1234567')).toEqual(['n', ' 1234567']);
    expect(split('smollm', 'n 1234')).toEqual(['n', ' ', '1', '2', '3', '4']);
    expect(split('default', 'n 1234567')).toEqual(['n', ' ', '123', '456', '7']);
  });

  it('splits contractions, in any case only where the pattern says so', () => {
    expect(split('gpt-2', "don't DON'T")).toEqual(['don', "'t", ' DON', "'", 'T']);
    expect(split('llama-bpe', "don't DON'T")).toEqual(['don', "'t", ' DON', "'T"]);
    // The default pre-tokenizer splits punctuation off first.
    expect(split('default', "don't")).toEqual(['don', "'", 't']);
  });

  it('keeps the last space of a run for the next word, and newlines together', () => {
    expect(split('gpt-2', 'a   b  ')).toEqual(['a', '  ', ' b', '  ']);
    // llama3 and qwen2 let any one non-letter lead a word, a tab included.
    expect(split('llama-bpe', 'a \n\n b\tc')).toEqual(['a', ' \n\n', ' b', '\tc']);
    expect(split('qwen2', 'x!!\n\ny')).toEqual(['x', '!!\n\n', 'y']);
  });

  it('counts whitespace as llama.cpp does, not as JS’s \\s', () => {
    // U+0085 is whitespace to llama.cpp (not to JS); U+FEFF the reverse.
    expect(split('gpt-2', ' \u0085y')).toEqual([' ', '\u0085', 'y']);
    expect(split('gpt-2', ' \uFEFFy')).toEqual([' \uFEFF', 'y']);
  });

  it('knows the pre-tokenizers of the curated models and no others', () => {
    for (const pre of ['smollm', 'qwen2', 'llama-bpe', 'gpt-2', 'default']) {
      expect(bpePreset(pre)).toBeDefined();
    }
    expect(bpePreset(undefined)).toBe(bpePreset('default'));
    expect(bpePreset('')).toBe(bpePreset('default'));
    expect(bpePreset('tekken')).toBeUndefined();
    expect(bpePreset('__proto__')).toBeUndefined();
  });
});

describe('the BPE tokenizer', () => {
  const tok = tokenizer();
  const SPACE = 0x20; // the id of "Ġ", GPT-2's space

  it('merges the lowest-ranked pair first, not left to right', () => {
    // "b c" (rank 0) before "a b" (rank 1); then "a bc" makes "abc".
    expect(tok.tokenize('abc', PLAIN)).toEqual([id('abc')]);
    expect(tok.tokenize('ab', PLAIN)).toEqual([id('ab')]);
  });

  it('breaks ties at the leftmost pair', () => {
    expect(tok.tokenize('aaa', PLAIN)).toEqual([id('aa'), byte('a')]);
  });

  it('merges only inside a piece of the pre-tokenizer', () => {
    expect(tok.tokenize(' a', PLAIN)).toEqual([id('Ġa')]);
    // gpt-2 keeps " 123" one piece, with no merge for "Ġ" and "123"; qwen2 splits every digit.
    expect(tok.tokenize(' 123', PLAIN)).toEqual([SPACE, id('123')]);
    const qwen2 = tokenizer({ 'tokenizer.ggml.pre': 'qwen2' });
    expect(qwen2.tokenize(' 123', PLAIN)).toEqual([SPACE, byte('1'), byte('2'), byte('3')]);
    // Two spaces before a word: the first stays alone, the second starts the word.
    expect(tok.tokenize('  a', PLAIN)).toEqual([SPACE, id('Ġa')]);
  });

  it('takes a piece that is a token whole only with llama3’s ignore_merges', () => {
    const llama3 = tokenizer({ 'tokenizer.ggml.pre': 'llama-bpe' });
    expect(llama3.tokenize(' zebra', PLAIN)).toEqual([id('Ġzebra')]);
    expect(tok.tokenize(' zebra', PLAIN)).toEqual([SPACE, ...'zebra'.split('').map(byte)]);
  });

  it('spells a merge that made no token with its ASCII bytes, as llama.cpp does', () => {
    // "x y" is a merge but "xy" no token: the bytes come back one by one.
    expect(tok.tokenize('xy', PLAIN)).toEqual([byte('x'), byte('y')]);
    // Characters outside ASCII are their UTF-8 bytes' tokens.
    expect(tok.tokenize('é', PLAIN)).toEqual([0xc3, 0xa9]);
    expect(tok.tokenize('🙂', PLAIN)).toHaveLength(4);
  });

  it('adds BOS and EOS as the file says, and reads special tokens typed in the text', () => {
    expect(tok.tokenize('a', PLAIN)).toEqual([byte('a')]);
    const bos = tokenizer({ 'tokenizer.ggml.add_bos_token': true });
    expect(bos.tokenize('a', PROMPT)).toEqual([BOS, byte('a')]);
    expect(bos.tokenize('a<|eos|>ab', PROMPT)).toEqual([BOS, byte('a'), EOS, id('ab')]);
    // Without parse_special only user-defined tokens are read as tokens.
    expect(bos.tokenize('<|user|>', PLAIN)).toEqual([USER]);
    expect(bos.tokenize('<|eos|>', PLAIN)).not.toContain(EOS);
    const eos = tokenizer({ 'tokenizer.ggml.add_eos_token': true });
    expect(eos.tokenize('a', PROMPT)).toEqual([byte('a'), EOS]);
  });
});

describe('vocabFromGguf for byte-level BPE', () => {
  const bpe = (extra: Record<string, GgufValue> = {}) => {
    const v = vocabFromGguf(meta(extra));
    if (v.kind !== 'bpe') throw new Error(`expected a BPE vocabulary, got ${v.kind}`);
    return v.vocab;
  };

  it('takes llama.cpp’s defaults per pre-tokenizer, then the file’s flags', () => {
    expect(bpe().addBos).toBe(false);
    expect(bpe({ 'tokenizer.ggml.pre': 'llama-bpe' })).toMatchObject({
      addBos: true,
      preset: { ignoreMerges: true },
    });
    expect(
      bpe({ 'tokenizer.ggml.pre': 'llama-bpe', 'tokenizer.ggml.add_bos_token': false }),
    ).toMatchObject({ addBos: false });
    // A file without a pre-tokenizer gets llama.cpp's "default".
    const m = meta();
    m.delete('tokenizer.ggml.pre');
    const v = vocabFromGguf(m);
    expect(v.kind === 'bpe' && v.vocab.preset).toBe(bpePreset('default'));
  });

  it('falls back to GPT-2’s BOS and EOS ids when the file has none', () => {
    const m = meta();
    m.delete('tokenizer.ggml.bos_token_id');
    m.delete('tokenizer.ggml.eos_token_id');
    const v = vocabFromGguf(m);
    expect(v.kind === 'bpe' && [v.vocab.bosId, v.vocab.eosId]).toEqual([11, 11]);
  });

  it('leaves unknown pre-tokenizers and vocabularies without merges to the approximation', () => {
    expect(tokenizerFromGguf(meta({ 'tokenizer.ggml.pre': 'tekken' }))).toEqual({
      unsupported: 'gpt2 (pre-tokenizer tekken)',
    });
    const m = meta();
    m.delete('tokenizer.ggml.merges');
    expect(tokenizerFromGguf(m)).toEqual({ unsupported: 'gpt2' });
  });
});

it('createBpeTokenizer tokenizes an empty text to nothing but BOS', () => {
  const v = vocabFromGguf(meta({ 'tokenizer.ggml.add_bos_token': true }));
  if (v.kind !== 'bpe') throw new Error('expected a BPE vocabulary');
  const tok = createBpeTokenizer(v.vocab);
  expect(tok.tokenize('', PROMPT)).toEqual([BOS]);
  expect(tok.tokenize('', PLAIN)).toEqual([]);
});
