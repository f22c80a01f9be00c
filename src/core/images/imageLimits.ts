// Which images can be attached, and why not: file types, the size limit,
// addresses. Loaded with the attach controls, not on the first screen.

import { MAX_IMAGES_PER_MESSAGE } from './images';

/** Per image, before base64: what OpenAI-style APIs accept comfortably. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** The formats OpenAI, Anthropic and Gemini all read. */
export const IMAGE_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
];

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

const LIMIT_TEXT = formatBytes(MAX_IMAGE_BYTES);

/** Rounded up, so a file just over the limit never reads as "5.0 MB; at most 5.0 MB". */
function sizeOver(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(Math.ceil(bytes / 104857.6) / 10).toFixed(1)} MB`
    : formatBytes(bytes);
}

/** Why a picked, pasted or dropped file cannot be attached, or null. */
export function imageFileProblem(file: {
  name: string;
  size: number;
  type: string;
}): string | null {
  const name = file.name || 'The pasted image';
  if (!IMAGE_TYPES.includes(file.type))
    return `${name} is not a PNG, JPEG, WebP or GIF image, so it was not attached.`;
  if (file.size > MAX_IMAGE_BYTES)
    return `${name} is ${sizeOver(file.size)}; images can be at most ${LIMIT_TEXT}. It was not attached: make it smaller, or give its address under Image URL.`;
  return null;
}

/** Bytes a base64 data URL decodes to (what the size limit is about). */
export function dataUrlBytes(url: string): number {
  const comma = url.indexOf(',');
  const payload = comma < 0 ? '' : url.slice(comma + 1);
  if (!/;base64$/i.test(url.slice(0, Math.max(0, comma)))) return payload.length;
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((payload.length * 3) / 4) - padding);
}

/** Why an address typed under "Image URL" cannot be attached, or null. */
export function imageUrlProblem(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return 'Enter the address of an image.';
  if (/^data:/i.test(trimmed)) {
    if (!/^data:image\/(png|jpeg|webp|gif);base64,/i.test(trimmed))
      return 'A data URL must be a base64 PNG, JPEG, WebP or GIF image.';
    const bytes = dataUrlBytes(trimmed);
    return bytes > MAX_IMAGE_BYTES
      ? `That image is ${sizeOver(bytes)}; images can be at most ${LIMIT_TEXT}.`
      : null;
  }
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return 'Enter a full address starting with https:// (or a data: URL).';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return 'Only http(s) addresses and data: URLs can be sent as images.';
  return null;
}

/** Why one more image cannot go on this message, or null. */
export function imageCountProblem(current: number): string | null {
  return current >= MAX_IMAGES_PER_MESSAGE
    ? `A message can carry at most ${MAX_IMAGES_PER_MESSAGE} images.`
    : null;
}
