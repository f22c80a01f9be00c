// What a screen reader hears when an answer ends. The streaming answer itself
// is not a live region (it would be read token by token); one polite
// announcement carries the finished answer instead.

import type { RunSummary } from '../conversation/types';

/** Long answers are cut: the full text stays in the conversation to read at leisure. */
export const ANNOUNCE_LIMIT = 600;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= ANNOUNCE_LIMIT) return flat;
  // End on a sentence or at least a word boundary where one is near.
  const cut = flat.slice(0, ANNOUNCE_LIMIT);
  const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  const end = sentence > ANNOUNCE_LIMIT / 2 ? sentence + 1 : cut.lastIndexOf(' ');
  return `${cut.slice(0, end > 0 ? end : ANNOUNCE_LIMIT)}… (continues in the conversation)`;
}

/** The announcement for a finished run: its outcome, then (some of) its text. */
export function announcementFor({ text, summary }: { text: string; summary: RunSummary }): string {
  const body = clip(text);
  switch (summary.status) {
    case 'error':
      return [
        `The run failed: ${summary.error?.title ?? 'error'}.`,
        body && `Partial answer: ${body}`,
      ]
        .filter(Boolean)
        .join(' ');
    case 'stopped':
      return body ? `Stopped. Partial answer: ${body}` : 'Stopped before any answer.';
    case 'incomplete':
    case 'interrupted':
      return body ? `The answer was cut off: ${body}` : 'The answer was cut off before any text.';
    default:
      return body ? `Answer: ${body}` : 'The answer is empty.';
  }
}
