import { describe, expect, it } from 'vitest';
import { shapeEntry, type RunRecordInput } from './entry';
import { listItemOf, previewLine, sanitiseListItem } from './listItem';
import { run } from './testRuns';

/** The shared test run, with a long answer and a user message over two lines. */
function longRun(overrides: Partial<RunRecordInput> = {}): RunRecordInput {
  const base = run();
  return run({
    text: `Paris.\n\n${'More words. '.repeat(100)}`,
    summary: { ...base.summary, durationMs: 1234 },
    snapshot: {
      ...base.snapshot!,
      messages: [
        { id: 'u1', role: 'user', content: 'Capital\nof   France?' },
        { id: 'm1', role: 'assistant', content: 'Paris.' },
      ],
    },
    ...overrides,
  });
}

describe('previewLine', () => {
  it('collapses whitespace and cuts long text with an ellipsis', () => {
    expect(previewLine('  a\n\n b\tc ')).toBe('a b c');
    expect(previewLine('x'.repeat(10), 4)).toBe('xxxx…');
    expect(previewLine('xxxx', 4)).toBe('xxxx');
  });

  it('gives the same line when applied twice', () => {
    const once = previewLine('word '.repeat(100));
    expect(previewLine(once)).toBe(once);
  });
});

describe('listItemOf', () => {
  it('keeps only what the list shows: title, the answer’s start, tokens and time', () => {
    const entry = shapeEntry(longRun(), 'My OpenAI');
    const item = listItemOf(entry);
    expect(item).toEqual({
      id: entry.id,
      startedAt: 1_700_000_000_000,
      model: 'gpt-4o',
      connectionLabel: 'My OpenAI',
      status: 'done',
      title: 'Capital of France?',
      outcome: expect.stringMatching(/^Paris\. More words\..*…$/),
      facts: '5 in · 2 out tokens · 1.2 s',
      size: entry.size,
    });
    expect(item.outcome.length).toBe(161);
    expect(JSON.stringify(item).length).toBeLessThan(entry.size / 2);
  });

  it('shows a failed run’s error instead of its partial answer', () => {
    const failed = longRun({
      summary: {
        status: 'error',
        model: 'gpt-4o',
        error: { title: 'Rate limited', detail: '', action: '' },
      },
    });
    const item = listItemOf(shapeEntry(failed, ''));
    expect(item.outcome).toBe('Error: Rate limited');
    expect(item.facts).toBe('');
  });
});

describe('sanitiseListItem', () => {
  it('round-trips a list item', () => {
    const item = listItemOf(shapeEntry(longRun(), 'x'));
    expect(sanitiseListItem(JSON.parse(JSON.stringify(item)))).toEqual(item);
  });

  it('rejects records that are not items and repairs what it can', () => {
    expect(sanitiseListItem(null)).toBeUndefined();
    expect(sanitiseListItem({ id: 'a', startedAt: 1, model: 'm', status: 'odd' })).toBeUndefined();
    expect(sanitiseListItem({ id: '', startedAt: 1, model: 'm', status: 'done' })).toBeUndefined();
    expect(
      sanitiseListItem({ id: 'a', startedAt: 1, model: 'm', status: 'done', title: 7, size: -1 }),
    ).toEqual({
      id: 'a',
      startedAt: 1,
      model: 'm',
      connectionLabel: '',
      status: 'done',
      title: '',
      outcome: '',
      facts: '',
      size: 0,
    });
  });
});
