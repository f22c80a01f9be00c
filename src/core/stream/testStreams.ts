// Test helpers: build ReadableStreams from byte arrays and drain generators.

const encoder = new TextEncoder();

export function bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** A stream that delivers exactly these reads, in order, then closes. */
export function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

/** `text` encoded, then cut at the given byte offsets. */
export function splitAt(text: string | Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const all = typeof text === 'string' ? bytes(text) : text;
  const parts: Uint8Array[] = [];
  let start = 0;
  for (const offset of offsets) {
    parts.push(all.slice(start, offset));
    start = offset;
  }
  parts.push(all.slice(start));
  return parts;
}

/** `text` encoded and cut into reads of `size` bytes. */
export function chunked(text: string | Uint8Array, size: number): Uint8Array[] {
  const all = typeof text === 'string' ? bytes(text) : text;
  const parts: Uint8Array[] = [];
  for (let i = 0; i < all.length; i += size) parts.push(all.slice(i, i + size));
  return parts;
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Every item of a generator that yields batches, in order, with the batches' bounds dropped. */
export async function collectBatches<T>(iterable: AsyncIterable<readonly T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const batch of iterable) out.push(...batch);
  return out;
}
