// The key/value metadata at the start of a GGUF file, read from its bytes
// without touching the tensor data: the tokenizer's vocabulary lives there.
//
// The input may be hostile (any file a user drops). Every length read from
// the file is checked against the bytes actually present before anything is
// allocated, so a header claiming 2^60 tokens fails at once instead of
// allocating gigabytes. Arrays of values we do not keep are walked, not built.

/** GGUF value types (gguf.h `gguf_type`). */
const T = {
  U8: 0,
  I8: 1,
  U16: 2,
  I16: 3,
  U32: 4,
  I32: 5,
  F32: 6,
  BOOL: 7,
  STRING: 8,
  ARRAY: 9,
  U64: 10,
  I64: 11,
  F64: 12,
} as const;

const FIXED_SIZE: Partial<Record<number, number>> = {
  [T.U8]: 1,
  [T.I8]: 1,
  [T.U16]: 2,
  [T.I16]: 2,
  [T.U32]: 4,
  [T.I32]: 4,
  [T.F32]: 4,
  [T.BOOL]: 1,
  [T.U64]: 8,
  [T.I64]: 8,
  [T.F64]: 8,
};

/** Nested arrays deeper than this are not something llama.cpp writes. */
const MAX_DEPTH = 4;

export type GgufValue = string | number | boolean | GgufValue[];

export interface GgufHeader {
  version: number;
  /** Only the keys asked for (see `keep`), with their values. */
  meta: Map<string, GgufValue>;
  /** Bytes the header's key/value section spans from the file's start. */
  size: number;
}

/** The file is not GGUF, or its header is damaged. */
export class GgufFormatError extends Error {
  override name = 'GgufFormatError';
}

/** The header runs past the bytes given: read at least `needed` bytes and try again. */
export class GgufNeedMoreError extends Error {
  override name = 'GgufNeedMoreError';
  constructor(readonly needed: number) {
    super(`The GGUF header needs more than ${needed} bytes`);
  }
}

class Reader {
  private view: DataView;
  pos = 0;
  private utf8 = new TextDecoder('utf-8');
  constructor(private bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get remaining(): number {
    return this.bytes.length - this.pos;
  }
  need(n: number): void {
    if (n > this.remaining) throw new GgufNeedMoreError(this.pos + n);
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** A u64 as a safe integer; larger values cannot be a real length or count. */
  u64(): number {
    this.need(8);
    const low = this.view.getUint32(this.pos, true);
    const high = this.view.getUint32(this.pos + 4, true);
    this.pos += 8;
    if (high >= 0x200000)
      throw new GgufFormatError('A length in the GGUF header is impossibly large');
    return high * 0x100000000 + low;
  }
  scalar(type: number): number | boolean {
    const size = FIXED_SIZE[type];
    if (size === undefined) throw new GgufFormatError(`Unknown GGUF value type ${type}`);
    this.need(size);
    const p = this.pos;
    this.pos += size;
    const v = this.view;
    switch (type) {
      case T.U8:
        return v.getUint8(p);
      case T.I8:
        return v.getInt8(p);
      case T.U16:
        return v.getUint16(p, true);
      case T.I16:
        return v.getInt16(p, true);
      case T.U32:
        return v.getUint32(p, true);
      case T.I32:
        return v.getInt32(p, true);
      case T.F32:
        return v.getFloat32(p, true);
      case T.BOOL:
        return v.getUint8(p) !== 0;
      case T.U64:
        return Number(v.getBigUint64(p, true));
      case T.I64:
        return Number(v.getBigInt64(p, true));
      default:
        return v.getFloat64(p, true);
    }
  }
  string(): string {
    const length = this.u64();
    this.need(length);
    const text = this.utf8.decode(this.bytes.subarray(this.pos, this.pos + length));
    this.pos += length;
    return text;
  }
  skipString(): void {
    const length = this.u64();
    this.need(length);
    this.pos += length;
  }
}

function readValue(r: Reader, type: number, depth: number): GgufValue {
  if (type === T.STRING) return r.string();
  if (type !== T.ARRAY) return r.scalar(type);
  if (depth >= MAX_DEPTH) throw new GgufFormatError('GGUF arrays nested too deeply');
  const itemType = r.u32();
  const count = r.u64();
  // Every element takes at least one byte (a string at least eight): a count
  // beyond the bytes left is damage, caught before the array is allocated.
  const minSize = itemType === T.STRING || itemType === T.ARRAY ? 8 : (FIXED_SIZE[itemType] ?? 1);
  if (FIXED_SIZE[itemType] === undefined && itemType !== T.STRING && itemType !== T.ARRAY) {
    throw new GgufFormatError(`Unknown GGUF value type ${itemType}`);
  }
  r.need(count * minSize);
  const items: GgufValue[] = new Array<GgufValue>(count);
  for (let i = 0; i < count; i++) items[i] = readValue(r, itemType, depth + 1);
  return items;
}

function skipValue(r: Reader, type: number, depth: number): void {
  if (type === T.STRING) return r.skipString();
  if (type !== T.ARRAY) {
    const size = FIXED_SIZE[type];
    if (size === undefined) throw new GgufFormatError(`Unknown GGUF value type ${type}`);
    r.need(size);
    r.pos += size;
    return;
  }
  if (depth >= MAX_DEPTH) throw new GgufFormatError('GGUF arrays nested too deeply');
  const itemType = r.u32();
  const count = r.u64();
  const size = FIXED_SIZE[itemType];
  if (size !== undefined) {
    r.need(count * size);
    r.pos += count * size;
    return;
  }
  if (itemType !== T.STRING && itemType !== T.ARRAY) {
    throw new GgufFormatError(`Unknown GGUF value type ${itemType}`);
  }
  r.need(count * 8);
  for (let i = 0; i < count; i++) skipValue(r, itemType, depth + 1);
}

/** More key/value pairs than this is damage: real files have a few dozen. */
const MAX_KEYS = 100_000;

/**
 * Parses the key/value section of a GGUF file from its first bytes. Keeps
 * the values of keys for which `keep` returns true. Throws GgufNeedMoreError
 * when `bytes` ends inside the header (read more and call again), and
 * GgufFormatError when the bytes are not a GGUF header at all.
 */
export function parseGgufHeader(bytes: Uint8Array, keep: (key: string) => boolean): GgufHeader {
  const r = new Reader(bytes);
  r.need(4);
  if (bytes[0] !== 0x47 || bytes[1] !== 0x47 || bytes[2] !== 0x55 || bytes[3] !== 0x46) {
    throw new GgufFormatError('Not a GGUF file');
  }
  r.pos = 4;
  const version = r.u32();
  // Version 1 used 32-bit lengths; llama.cpp no longer reads it either.
  if (version !== 2 && version !== 3) {
    throw new GgufFormatError(`Unsupported GGUF version ${version}`);
  }
  r.u64(); // tensor count: the tensors are not read
  const keys = r.u64();
  if (keys > MAX_KEYS) throw new GgufFormatError('Too many keys in the GGUF header');
  const meta = new Map<string, GgufValue>();
  for (let i = 0; i < keys; i++) {
    const key = r.string();
    const type = r.u32();
    if (keep(key)) meta.set(key, readValue(r, type, 0));
    else skipValue(r, type, 0);
  }
  return { version, meta, size: r.pos };
}

/** Reads `size` bytes from the start of the file. */
export type ReadHead = (size: number) => Promise<Uint8Array>;

/**
 * Parses the header, reading more of the file only while the header needs
 * it: from 1 MB, at least doubling, never past `maxBytes` or the file.
 */
export async function readGgufHeader(
  read: ReadHead,
  fileSize: number,
  keep: (key: string) => boolean,
  maxBytes = 256 * 1024 * 1024,
): Promise<GgufHeader> {
  let size = Math.min(fileSize, 1024 * 1024, maxBytes);
  for (;;) {
    const bytes = await read(size);
    try {
      return parseGgufHeader(bytes, keep);
    } catch (error) {
      if (!(error instanceof GgufNeedMoreError)) throw error;
      const limit = Math.min(fileSize, maxBytes);
      if (bytes.length < size || size >= limit || error.needed > limit) {
        throw new GgufFormatError('The GGUF header is truncated or larger than allowed');
      }
      size = Math.min(limit, Math.max(size * 2, error.needed));
    }
  }
}
