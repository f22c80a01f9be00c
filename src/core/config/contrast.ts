// Text on an accent-coloured button must stay readable whatever colour a
// deployment picks: white or near-black, whichever contrasts more (WCAG 2).

const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#0b0b10';

/** `#rgb`, `#rrggbb` or `rgb(a)(r, g, b…)` (how a canvas reports a colour) as 0–255 channels. */
export function parseRgb(text: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (hex?.[1]) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(text.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return undefined;
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** The text colour for a background, or undefined when the colour cannot be read. */
export function readableTextOn(background: string): string | undefined {
  const rgb = parseRgb(background);
  if (!rgb) return undefined;
  const bg = luminance(rgb);
  const light = luminance(parseRgb(LIGHT_TEXT) as [number, number, number]);
  const dark = luminance(parseRgb(DARK_TEXT) as [number, number, number]);
  return contrast(bg, light) >= contrast(bg, dark) ? LIGHT_TEXT : DARK_TEXT;
}
