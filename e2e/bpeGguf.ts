// A byte-level BPE ("gpt2") model for the real engine, made at test time from
// stories260K.gguf: its tensors and model keys as they are, its SentencePiece
// vocabulary replaced by a BPE vocabulary of the same size (512, the rows of
// its embedding), so llama.cpp loads and runs it and reports how many tokens
// it read. The answers are nonsense; the prompt token counts are what matter.
// Nothing is written to disk: the test hands the bytes to the page.

import { byteEncode, BYTE_TO_CHAR } from '../src/core/inbrowser/ggufBpe';

const VOCAB_SIZE = 512;
const T = { U32: 4, I32: 5, BOOL: 7, STRING: 8, ARRAY: 9 } as const;
const TOKEN_TYPE = { NORMAL: 1, CONTROL: 3, USER_DEFINED: 4 } as const;

/** The key/value pairs, tensor infos and tensor data of a GGUF file, as raw bytes. */
function splitGguf(file: Buffer) {
  let p = 8;
  const u32 = () => {
    p += 4;
    return file.readUInt32LE(p - 4);
  };
  const u64 = () => {
    p += 8;
    return Number(file.readBigUInt64LE(p - 8));
  };
  const str = () => {
    const n = u64();
    p += n;
    return file.toString('utf8', p - n, p);
  };
  const SIZE: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1 };
  const skip = (type: number): void => {
    if (type === T.STRING) str();
    else if (type === T.ARRAY) {
      const item = u32();
      const count = u64();
      for (let i = 0; i < count; i++) skip(item);
    } else p += SIZE[type] ?? 8;
  };
  const tensors = u64();
  const keys = u64();
  const kv: { key: string; bytes: Buffer }[] = [];
  let alignment = 32;
  for (let i = 0; i < keys; i++) {
    const start = p;
    const key = str();
    const type = u32();
    if (key === 'general.alignment') alignment = file.readUInt32LE(p);
    skip(type);
    kv.push({ key, bytes: file.subarray(start, p) });
  }
  const infoStart = p;
  for (let i = 0; i < tensors; i++) {
    str();
    const dims = u32();
    p += dims * 8 + 4 + 8;
  }
  const infos = file.subarray(infoStart, p);
  const dataStart = Math.ceil(p / alignment) * alignment;
  return {
    version: file.readUInt32LE(4),
    tensors,
    kv,
    infos,
    alignment,
    data: file.subarray(dataStart),
  };
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}
function gstr(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([u64(bytes.length), bytes]);
}
function kvString(key: string, value: string): Buffer {
  return Buffer.concat([gstr(key), u32(T.STRING), gstr(value)]);
}
function kvU32(key: string, value: number): Buffer {
  return Buffer.concat([gstr(key), u32(T.U32), u32(value)]);
}
function kvBool(key: string, value: boolean): Buffer {
  return Buffer.concat([gstr(key), u32(T.BOOL), Buffer.from([value ? 1 : 0])]);
}
function kvStrings(key: string, values: string[]): Buffer {
  return Buffer.concat([
    gstr(key),
    u32(T.ARRAY),
    u32(T.STRING),
    u64(values.length),
    ...values.map(gstr),
  ]);
}
function kvI32s(key: string, values: number[]): Buffer {
  const items = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => items.writeInt32LE(v, i * 4));
  return Buffer.concat([gstr(key), u32(T.ARRAY), u32(T.I32), u64(values.length), items]);
}

/**
 * Merges learnt from `corpus` over whole texts, not pre-tokenized words: so
 * they join across the places a pre-tokenizer splits (" a", "e ", "12 3",
 * "'t"), and a count that ignored those splits would come out lower.
 */
function learnMerges(corpus: string[], limit: number): string[] {
  const seqs = corpus.map((text) => Array.from(byteEncode(text)));
  const merges: string[] = [];
  while (merges.length < limit) {
    const counts = new Map<string, number>();
    for (const seq of seqs) {
      for (let i = 1; i < seq.length; i++) {
        const pair = `${seq[i - 1]} ${seq[i]}`;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
    }
    let best: string | undefined;
    let bestCount = 0;
    for (const [pair, count] of counts) {
      if (count > bestCount) [best, bestCount] = [pair, count];
    }
    if (!best) break;
    merges.push(best);
    const [a, b] = best.split(' ') as [string, string];
    for (const seq of seqs) {
      for (let i = 1; i < seq.length; i++) {
        if (seq[i - 1] === a && seq[i] === b) seq.splice(i - 1, 2, a + b);
      }
    }
  }
  return merges;
}

export interface BpeGgufOptions {
  pre: string;
  /** Text the merges are learnt from. */
  corpus: string[];
  /** Words made tokens without a merge building them (found whole only with ignore_merges). */
  wholeWords?: string[];
  /** A Jinja chat template to store with the vocabulary. */
  chatTemplate?: string;
}

export const BPE_SPECIALS = { bos: '<|bos|>', eos: '<|eos|>', user: '<|user|>' };

/** stories260K's tensors with a byte-level BPE vocabulary of exactly its size. */
export function bpeGguf(
  stories: Buffer,
  { pre, corpus, wholeWords = [], chatTemplate }: BpeGgufOptions,
): Buffer {
  const source = splitGguf(stories);
  const tokens = [...BYTE_TO_CHAR];
  const types: number[] = tokens.map(() => TOKEN_TYPE.NORMAL);
  const add = (text: string, type: number) => {
    if (tokens.includes(text)) return;
    tokens.push(text);
    types.push(type);
  };
  add(BPE_SPECIALS.bos, TOKEN_TYPE.CONTROL);
  add(BPE_SPECIALS.eos, TOKEN_TYPE.CONTROL);
  add(BPE_SPECIALS.user, TOKEN_TYPE.USER_DEFINED);
  const room = VOCAB_SIZE - tokens.length - wholeWords.length;
  const merges = learnMerges(corpus, room);
  for (const merge of merges) add(merge.replace(' ', ''), TOKEN_TYPE.NORMAL);
  for (const word of wholeWords) add(byteEncode(word), TOKEN_TYPE.NORMAL);
  for (let i = 0; tokens.length < VOCAB_SIZE; i++) add(`<unused${i}>`, TOKEN_TYPE.NORMAL);
  if (tokens.length !== VOCAB_SIZE) throw new Error(`${tokens.length} tokens, not ${VOCAB_SIZE}`);

  const kept = source.kv.filter(({ key }) => !key.startsWith('tokenizer.'));
  const added = [
    kvString('tokenizer.ggml.model', 'gpt2'),
    kvString('tokenizer.ggml.pre', pre),
    kvStrings('tokenizer.ggml.tokens', tokens),
    kvI32s('tokenizer.ggml.token_type', types),
    kvStrings('tokenizer.ggml.merges', merges),
    kvU32('tokenizer.ggml.bos_token_id', tokens.indexOf(BPE_SPECIALS.bos)),
    kvU32('tokenizer.ggml.eos_token_id', tokens.indexOf(BPE_SPECIALS.eos)),
    kvBool('tokenizer.ggml.add_bos_token', true),
    ...(chatTemplate === undefined ? [] : [kvString('tokenizer.chat_template', chatTemplate)]),
  ];
  const head = Buffer.concat([
    Buffer.from('GGUF'),
    u32(source.version),
    u64(source.tensors),
    u64(kept.length + added.length),
    ...kept.map((k) => k.bytes),
    ...added,
    source.infos,
  ]);
  const padded = Math.ceil(head.length / source.alignment) * source.alignment;
  return Buffer.concat([head, Buffer.alloc(padded - head.length), source.data]);
}
