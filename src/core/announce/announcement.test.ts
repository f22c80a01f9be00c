import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../conversation/types';
import { ANNOUNCE_LIMIT, announcementFor } from './announcement';

const summary = (status: RunSummary['status'], extra: Partial<RunSummary> = {}): RunSummary => ({
  status,
  model: 'm',
  ...extra,
});

describe('announcementFor', () => {
  it('reads a finished answer once, whitespace collapsed', () => {
    expect(announcementFor({ text: 'Hello\n\n  there.', summary: summary('done') })).toBe(
      'Answer: Hello there.',
    );
  });

  it('says how a run ended when it did not finish', () => {
    expect(announcementFor({ text: 'Once', summary: summary('stopped') })).toBe(
      'Stopped. Partial answer: Once',
    );
    expect(announcementFor({ text: '', summary: summary('stopped') })).toBe(
      'Stopped before any answer.',
    );
    expect(
      announcementFor({
        text: '',
        summary: summary('error', {
          error: { title: 'The API key was rejected', detail: '', action: '' },
        }),
      }),
    ).toBe('The run failed: The API key was rejected.');
    expect(announcementFor({ text: 'Half', summary: summary('incomplete') })).toBe(
      'The answer was cut off: Half',
    );
  });

  it('cuts a long answer at a sentence and says where the rest is', () => {
    const sentence = 'This sentence is exactly forty-four chars. ';
    const said = announcementFor({ text: sentence.repeat(40), summary: summary('done') });
    expect(said.length).toBeLessThan(ANNOUNCE_LIMIT + 60);
    expect(said).toMatch(/chars\.… \(continues in the conversation\)$/);
  });

  it('cuts a long answer without sentences at a word', () => {
    const said = announcementFor({ text: 'word '.repeat(400), summary: summary('done') });
    expect(said).toMatch(/word… \(continues in the conversation\)$/);
  });
});
