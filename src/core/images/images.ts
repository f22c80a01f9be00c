// Images a user message carries: how they go on the wire (seed 001's
// content parts) and how they survive a reload. Which files and addresses
// are accepted, with the reasons, is in imageLimits.ts (loaded with the
// attach controls).

import type { ContentPart } from '../types';

export const MAX_IMAGES_PER_MESSAGE = 10;

/**
 * Stands in for an image too large to keep in localStorage. It is an inert
 * URL, never sent (see toContent), and the message says the image is gone.
 */
export const IMAGE_NOT_STORED = 'about:blank#image-not-stored';

/**
 * How many characters of data URLs the conversation may keep in
 * localStorage. Browsers allow about 5 M characters per site, shared with
 * everything else the playground stores; beyond this, older images are
 * replaced by IMAGE_NOT_STORED in storage (the open page keeps them).
 */
export const STORED_IMAGE_CHARS = 2_000_000;

/** A light check that a stored string is an image we could have attached (see imageLimits). */
export function isAttachableUrl(url: string): boolean {
  return /^data:image\/(png|jpeg|webp|gif);base64,/i.test(url) || /^https?:\/\/\S+$/i.test(url);
}

/** The images that can be sent (an image lost on reload cannot). */
export function sendableImages(images: readonly string[] | undefined): string[] {
  return (images ?? []).filter((url) => url !== IMAGE_NOT_STORED);
}

/**
 * A user message's wire content: the plain string when it has no images,
 * else a text part (when there is text) followed by one image part each.
 */
export function toContent(
  text: string,
  images: readonly string[] | undefined,
): string | ContentPart[] {
  const urls = sendableImages(images);
  if (urls.length === 0) return text;
  const parts: ContentPart[] = text === '' ? [] : [{ type: 'text', text }];
  for (const url of urls) parts.push({ type: 'image_url', image_url: { url } });
  return parts;
}

/** A stored `images` list, keeping only strings that are images we could have attached. */
export function sanitiseImages(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const list = raw
    .filter(
      (url): url is string =>
        typeof url === 'string' && (url === IMAGE_NOT_STORED || isAttachableUrl(url)),
    )
    .slice(0, MAX_IMAGES_PER_MESSAGE);
  return list.length > 0 ? list : undefined;
}

/**
 * The messages as they go to localStorage: the newest data-URL images are
 * kept up to STORED_IMAGE_CHARS, older ones become IMAGE_NOT_STORED. Messages
 * without images are passed through untouched (same objects).
 */
export function imagesForStorage<M extends { images?: string[] }>(
  messages: readonly M[],
  budget = STORED_IMAGE_CHARS,
): M[] {
  let left = budget;
  const out = messages.slice();
  for (let i = out.length - 1; i >= 0; i--) {
    const message = out[i] as M;
    if (!message.images?.length) continue;
    let changed = false;
    const images = message.images.map((url) => {
      if (!url.startsWith('data:')) return url;
      if (url.length <= left) {
        left -= url.length;
        return url;
      }
      changed = true;
      return IMAGE_NOT_STORED;
    });
    if (changed) out[i] = { ...message, images };
  }
  return out;
}
