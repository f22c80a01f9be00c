// A stream that outruns the screen delivers kilobytes between two frames.
// Lexing them and laying out the blocks they make is work in proportion to
// their length, so a view takes on a bounded amount of new text per pass and
// catches up over the next passes (a frame or a task each) instead of in one
// long task. A reader sees the text arrive a few frames later, never stall.

/** New characters per pass: lexing them costs a few milliseconds. */
export const NEW_CHARS_PER_PASS = 3000;

/**
 * The part of `text` a view shows in this pass, given what it showed in the
 * last one (`shown`, null before its first). A view shows a text that does
 * not continue the last one (a first render, an edited message) whole; one
 * that grew, up to `maxNew` characters more, never splitting a surrogate pair.
 */
export function textToShow(
  text: string,
  shown: string | null,
  maxNew: number = NEW_CHARS_PER_PASS,
): string {
  if (shown === null || !text.startsWith(shown)) return text;
  let end = shown.length + maxNew;
  if (end >= text.length) return text;
  const before = text.charCodeAt(end - 1);
  if (before >= 0xd800 && before <= 0xdbff) end++;
  return text.slice(0, end);
}
