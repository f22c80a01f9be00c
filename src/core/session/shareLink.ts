// A session in a URL fragment: `#share=<base64url(deflate-raw(JSON))>`. The
// fragment never leaves the browser (it is not part of any request), and the
// browser's own CompressionStream does the work, so no library ships.

export const SHARE_PREFIX = '#share=';
/** Longer links break in chat apps, mail clients and some browsers: export a file instead. */
export const MAX_SHARE_CHARS = 64 * 1024;
/** What a link may inflate to; a small link that inflates to gigabytes is refused. */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

export class ShareLinkError extends Error {}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new ShareLinkError('The link is damaged (it has characters a share link never has).');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    throw new ShareLinkError('The link is damaged (it is cut short or was edited).');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new ShareLinkError('The link holds more data than a session can.');
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function pipe(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
): ReadableStream<Uint8Array> {
  return new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
}

/** The fragment (with `#share=`) carrying `json`. */
export async function encodeShareFragment(json: string): Promise<string> {
  const compressed = await readAll(
    pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')),
    Number.MAX_SAFE_INTEGER,
  );
  return SHARE_PREFIX + toBase64Url(compressed);
}

/** The share data of a location hash, or undefined when it is not a share link. */
export function shareData(hash: string): string | undefined {
  return hash.startsWith(SHARE_PREFIX) ? hash.slice(SHARE_PREFIX.length) : undefined;
}

/** The JSON text a share fragment's data carries; throws ShareLinkError with a readable reason. */
export async function decodeShareData(data: string): Promise<string> {
  if (data === '') throw new ShareLinkError('The link is empty after "#share=".');
  if (data.length > MAX_SHARE_CHARS)
    throw new ShareLinkError(
      'The link is too long to be a share link: use a session file instead.',
    );
  const bytes = fromBase64Url(data);
  let inflated: Uint8Array;
  try {
    inflated = await readAll(
      pipe(bytes, new DecompressionStream('deflate-raw')),
      MAX_INFLATED_BYTES,
    );
  } catch (error) {
    if (error instanceof ShareLinkError) throw error;
    throw new ShareLinkError('The link is damaged (it is cut short or was edited).');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    throw new ShareLinkError('The link is damaged (its content is not text).');
  }
}

/** This page's address (query kept, any old fragment replaced) ending in `fragment`. */
export function shareUrl(
  location: { origin: string; pathname: string; search: string },
  fragment: string,
): string {
  return `${location.origin}${location.pathname}${location.search}${fragment}`;
}
