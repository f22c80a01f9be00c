import { describe, expect, it } from 'vitest';
import { entryTitle, matchesQuery, redactSecret, sanitiseEntry, shapeEntry } from './entry';
import { request, run } from './testRuns';

const KEY = 'sk-live-abcdef123456';

describe('shapeEntry', () => {
  it('keeps the request, answer, usage and the conversation to restore', () => {
    const entry = shapeEntry(run(), 'My OpenAI');
    expect(entry).toMatchObject({
      model: 'gpt-4o',
      connectionId: 'c1',
      connectionLabel: 'My OpenAI',
      status: 'done',
      answer: 'Paris.',
      summary: { usage: { inputTokens: 5, outputTokens: 2 } },
      request: { url: 'https://api.example.com/v1/chat/completions' },
      snapshot: { system: 'Be brief.', params: { temperature: '0.2' } },
    });
    expect(entry.snapshot.messages).toHaveLength(2);
    expect(entry.size).toBe(JSON.stringify({ ...entry, size: undefined }).length);
  });

  it('makes ids unique across reloads, where message ids may repeat', () => {
    const a = shapeEntry(run(), '');
    const b = shapeEntry(run({ startedAt: 1_700_000_000_001 }), '');
    expect(a.id).not.toBe(b.id);
  });

  it('never stores the key: no auth header, and a key pasted into a message is redacted', () => {
    const leaky = run({
      request: request({ authorization: `Bearer ${KEY}` }),
      snapshot: { ...run().snapshot!, system: `my key is ${KEY}` },
    });
    const entry = shapeEntry(leaky, 'x', KEY);
    expect(JSON.stringify(entry)).not.toContain(KEY);
    expect(entry.request.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(entry.snapshot.system).toBe('my key is [redacted]');
  });

  it('without a snapshot keeps an empty conversation rather than failing', () => {
    const entry = shapeEntry(run({ snapshot: undefined }), '');
    expect(entry.snapshot.messages).toEqual([]);
  });
});

describe('redactSecret', () => {
  it('leaves values alone when there is no key or it is too short to be one', () => {
    const value = { a: 'abc' };
    expect(redactSecret(value, null)).toBe(value);
    expect(redactSecret({ a: 'short' }, 'short')).toEqual({ a: 'short' });
  });

  it('walks arrays and keeps a "__proto__" key an ordinary key', () => {
    const raw = JSON.parse(`{"__proto__": {"x": "${KEY}"}, "list": ["${KEY}!"]}`) as unknown;
    const out = redactSecret(raw, KEY) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"x":"[redacted]"},"list":["[redacted]!"]}');
  });
});

describe('sanitiseEntry', () => {
  it('round-trips a shaped entry', () => {
    const entry = shapeEntry(run(), 'label');
    expect(sanitiseEntry(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
  });

  it('rejects records that are not entries', () => {
    expect(sanitiseEntry(null)).toBeUndefined();
    expect(sanitiseEntry({ id: 'x' })).toBeUndefined();
    const entry = shapeEntry(run(), '') as unknown as Record<string, unknown>;
    expect(sanitiseEntry({ ...entry, status: 'exploded' })).toBeUndefined();
    expect(sanitiseEntry({ ...entry, request: { url: 1 } })).toBeUndefined();
  });

  it('drops broken messages but keeps the rest of a hand-edited entry', () => {
    const entry = shapeEntry(run(), '');
    const raw = {
      ...entry,
      snapshot: { ...entry.snapshot, messages: [{ role: 'robot' }, ...entry.snapshot.messages] },
    };
    expect(sanitiseEntry(raw)?.snapshot.messages.map((m) => m.content)).toEqual([
      'Capital of France?',
      'Paris.',
    ]);
  });
});

describe('matchesQuery', () => {
  const entry = shapeEntry(run(), 'Work account');

  it('matches model, connection and any text of the run, case-insensitively', () => {
    for (const q of ['', 'GPT-4O', 'work', 'paris', 'france', 'brief']) {
      expect(matchesQuery(entry, q)).toBe(true);
    }
  });

  it('needs every word to match', () => {
    expect(matchesQuery(entry, 'paris gpt')).toBe(true);
    expect(matchesQuery(entry, 'paris claude')).toBe(false);
  });
});

describe('entryTitle', () => {
  it('is the last user message in chat and the prompt in complete mode', () => {
    expect(entryTitle(shapeEntry(run(), ''))).toBe('Capital of France?');
    const complete = run({
      snapshot: { ...run().snapshot!, mode: 'complete', prompt: 'Once upon' },
    });
    expect(entryTitle(shapeEntry(complete, ''))).toBe('Once upon');
  });
});
