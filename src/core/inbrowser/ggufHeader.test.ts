import { describe, expect, it } from 'vitest';
import {
  GgufFormatError,
  GgufNeedMoreError,
  parseGgufHeader,
  readGgufHeader,
  type GgufValue,
} from './ggufHeader';

/** Little-endian GGUF bytes, written by hand so the tests need no model file. */
class Writer {
  private parts: number[] = [];
  bytes(...b: number[]): this {
    return this.raw(b);
  }
  raw(b: ArrayLike<number>): this {
    for (let i = 0; i < b.length; i++) this.parts.push(b[i]!);
    return this;
  }
  u32(v: number): this {
    return this.bytes(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255);
  }
  u64(v: number): this {
    return this.u32(v % 2 ** 32).u32(Math.floor(v / 2 ** 32));
  }
  f32(v: number): this {
    return this.raw(new Uint8Array(new Float32Array([v]).buffer));
  }
  str(s: string): this {
    const b = new TextEncoder().encode(s);
    return this.u64(b.length).raw(b);
  }
  head(keys: number, version = 3): this {
    return this.bytes(0x47, 0x47, 0x55, 0x46).u32(version).u64(7).u64(keys);
  }
  done(): Uint8Array {
    return new Uint8Array(this.parts);
  }
}

const STRING = 8;
const ARRAY = 9;

/** A header with one key of each kind the tokenizer reads, and some it does not. */
function sampleHeader(): Uint8Array {
  return new Writer()
    .head(6)
    .str('general.architecture')
    .u32(STRING)
    .str('llama')
    .str('tokenizer.ggml.tokens')
    .u32(ARRAY)
    .u32(STRING)
    .u64(3)
    .str('<unk>')
    .str('▁a')
    .str('é')
    .str('tokenizer.ggml.scores')
    .u32(ARRAY)
    .u32(6)
    .u64(2)
    .f32(-1.5)
    .f32(0.25)
    .str('tokenizer.ggml.add_bos_token')
    .u32(7)
    .bytes(0)
    .str('skipped.nested')
    .u32(ARRAY)
    .u32(ARRAY)
    .u64(2)
    .u32(4)
    .u64(2)
    .u32(1)
    .u32(2)
    .u32(STRING)
    .u64(1)
    .str('deep')
    .str('tokenizer.ggml.bos_token_id')
    .u32(4)
    .u32(1)
    .done();
}

const everything = () => true;

describe('parseGgufHeader', () => {
  it('reads strings, numbers, booleans and arrays, and skips what is not asked for', () => {
    const header = parseGgufHeader(sampleHeader(), (key) => key.startsWith('tokenizer.'));
    expect(header.version).toBe(3);
    expect([...header.meta.keys()]).toEqual([
      'tokenizer.ggml.tokens',
      'tokenizer.ggml.scores',
      'tokenizer.ggml.add_bos_token',
      'tokenizer.ggml.bos_token_id',
    ]);
    expect(header.meta.get('tokenizer.ggml.tokens')).toEqual(['<unk>', '▁a', 'é']);
    expect(header.meta.get('tokenizer.ggml.scores')).toEqual([-1.5, 0.25]);
    expect(header.meta.get('tokenizer.ggml.add_bos_token')).toBe(false);
    expect(header.meta.get('tokenizer.ggml.bos_token_id')).toBe(1);
    expect(header.size).toBe(sampleHeader().length);
  });

  it('reads nested arrays when asked', () => {
    const header = parseGgufHeader(sampleHeader(), (key) => key === 'skipped.nested');
    const expected: GgufValue = [[1, 2], ['deep']];
    expect(header.meta.get('skipped.nested')).toEqual(expected);
  });

  it('asks for more bytes, wherever the header is cut', () => {
    const full = sampleHeader();
    for (let cut = 0; cut < full.length; cut++) {
      let thrown: unknown;
      try {
        parseGgufHeader(full.subarray(0, cut), everything);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `cut at ${cut}`).toBeInstanceOf(GgufNeedMoreError);
      expect((thrown as GgufNeedMoreError).needed).toBeGreaterThan(cut);
    }
  });

  it('refuses files that are not GGUF or of an unknown version', () => {
    expect(() => parseGgufHeader(new TextEncoder().encode('PK\x03\x04 zip'), everything)).toThrow(
      GgufFormatError,
    );
    expect(() => parseGgufHeader(new Writer().head(0, 1).done(), everything)).toThrow(/version 1/);
    const badType = new Writer().head(1).str('k').u32(13).u32(0).done();
    expect(() => parseGgufHeader(badType, everything)).toThrow(/type 13/);
  });

  it('fails at once on counts and lengths no file could hold, without allocating them', () => {
    const hugeArray = new Writer()
      .head(1)
      .str('tokenizer.ggml.tokens')
      .u32(ARRAY)
      .u32(STRING)
      .u64(2 ** 52)
      .done();
    const error = (() => {
      try {
        parseGgufHeader(hugeArray, everything);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GgufNeedMoreError);
    expect((error as GgufNeedMoreError).needed).toBeGreaterThan(2 ** 52);

    const hugeString = new Writer()
      .head(1)
      .u64(2 ** 62)
      .done();
    expect(() => parseGgufHeader(hugeString, everything)).toThrow(GgufFormatError);
    expect(() => parseGgufHeader(new Writer().head(10 ** 9).done(), everything)).toThrow(
      /Too many keys/,
    );
    // An array of arrays of arrays…: each level names its item type and count.
    const deep = new Writer().head(1).str('k').u32(ARRAY);
    for (let i = 0; i < 6; i++) deep.u32(ARRAY).u64(1);
    expect(() => parseGgufHeader(deep.done(), everything)).toThrow(/nested/);
  });

  it('throws only its own errors on random bytes after the magic', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 255;
    for (let i = 0; i < 300; i++) {
      const bytes = new Uint8Array(64 + (i % 200));
      bytes.set([0x47, 0x47, 0x55, 0x46, 3, 0, 0, 0]);
      for (let j = 8; j < bytes.length; j++) bytes[j] = random();
      // Small key counts so the garbage is walked as keys and values.
      bytes[16] = i % 5;
      for (let j = 17; j < 24; j++) bytes[j] = 0;
      try {
        parseGgufHeader(bytes, everything);
      } catch (error) {
        expect(error instanceof GgufFormatError || error instanceof GgufNeedMoreError).toBe(true);
      }
    }
  });
});

describe('readGgufHeader', () => {
  it('reads more of the file only while the header needs it', async () => {
    const big = 'x'.repeat(1_200_000);
    const file = new Writer().head(1).str('tokenizer.ggml.pre').u32(STRING).str(big).done();
    const sizes: number[] = [];
    const header = await readGgufHeader(
      async (size) => {
        sizes.push(size);
        return file.subarray(0, size);
      },
      file.length + 1000,
      everything,
    );
    expect(header.meta.get('tokenizer.ggml.pre')).toBe(big);
    expect(sizes[0]).toBe(1024 * 1024);
    expect(sizes).toHaveLength(2);
  });

  it('gives up on a header larger than allowed, or a file that ends inside it', async () => {
    const file = new Writer().head(1).str('k').u32(STRING).str('y'.repeat(5000)).done();
    const read = async (size: number) => file.subarray(0, size);
    await expect(readGgufHeader(read, file.length, everything, 2048)).rejects.toThrow(
      GgufFormatError,
    );
    await expect(readGgufHeader(read, file.length - 1, everything)).rejects.toThrow(/truncated/);
  });
});
