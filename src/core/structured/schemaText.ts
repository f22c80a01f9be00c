// A schema text that is not JSON, described the way an editor should:
// where it breaks (line and column) and what JSON.parse said about it.

import { jsonErrorOffset } from './jsonErrorOffset';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** JSON.parse's complaint without the parts V8 adds (an echo of the input, a position). */
export function parseComplaint(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/ at position \d+/, '')
    .replace(/[\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

/**
 * Why a text is not JSON, located by line and column. The place comes from
 * our own scan (jsonErrorOffset), so it is there for every kind of mistake,
 * whatever the engine's message says.
 */
export function describeJsonError(text: string): string {
  let reason: string;
  try {
    JSON.parse(text);
    return '';
  } catch (error) {
    reason = parseComplaint(error);
  }
  const offset = jsonErrorOffset(text);
  if (offset < 0) return `Not valid JSON: ${reason}`;
  const { line, column } = lineColumn(text, offset);
  return `Not valid JSON at line ${line}, column ${column}: ${reason}`;
}
