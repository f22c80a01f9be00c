/**
 * What the answer renderer does with the URLs a model writes. Model output is
 * untrusted: a link may run script (`javascript:`), and an image may leak the
 * conversation to whoever serves it (the URL itself can carry the data), so
 * links are limited to web and mail addresses and images are only fetched
 * after the user asks for each one.
 */

export type LinkDecision = { kind: 'allowed'; href: string } | { kind: 'blocked'; reason: string };

export type ImageDecision =
  /** A web image: shown only after the user clicks "Load image from <host>". */
  | { kind: 'remote'; src: string; host: string }
  /** A `data:` raster image: no request, but still shown only on a click (it can be huge). */
  | { kind: 'embedded'; src: string; mime: string }
  /** Anything else: the alt text is shown instead. */
  | { kind: 'blocked'; reason: string };

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
// SVG is left out: even as an <img> it is a document of its own, and no model needs it.
const EMBEDDED_IMAGE = /^data:(image\/(?:png|jpeg|gif|webp|avif));base64,[a-z0-9+/=\s]*$/i;

const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
};

/**
 * Markdown destinations may contain character references (`&#106;avascript:`);
 * decode them so the decision is about the URL the browser would follow.
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    const name = ref.toLowerCase();
    return Object.hasOwn(NAMED_REFERENCES, name) ? (NAMED_REFERENCES[name] ?? whole) : whole;
  });
}

/** An absolute URL, or null: relative URLs would point into the playground itself. */
function parseAbsolute(raw: string): URL | null {
  try {
    // The URL parser strips the tabs, newlines and control characters that
    // `java\tscript:` tricks rely on, and lower-cases the scheme.
    return new URL(decodeCharacterReferences(raw).trim());
  } catch {
    return null;
  }
}

export function linkDecision(href: string): LinkDecision {
  const url = parseAbsolute(href);
  if (!url) return { kind: 'blocked', reason: 'Link removed: not a full web address.' };
  if (!LINK_PROTOCOLS.has(url.protocol)) {
    return { kind: 'blocked', reason: `Link removed: ${url.protocol} links are not followed.` };
  }
  return { kind: 'allowed', href: url.href };
}

export function imageDecision(src: string): ImageDecision {
  const decoded = decodeCharacterReferences(src).trim();
  const embedded = EMBEDDED_IMAGE.exec(decoded);
  if (embedded) return { kind: 'embedded', src: decoded, mime: embedded[1]!.toLowerCase() };
  const url = parseAbsolute(src);
  if (!url) return { kind: 'blocked', reason: 'Image not shown: not a full web address.' };
  if (!IMAGE_PROTOCOLS.has(url.protocol) || !url.host) {
    return { kind: 'blocked', reason: `Image not shown: ${url.protocol} images are not loaded.` };
  }
  return { kind: 'remote', src: url.href, host: url.host };
}
