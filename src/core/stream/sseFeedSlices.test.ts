// A read far larger than FEED_CHARS (a backlog) is parsed in pieces, and the
// messages of each piece are handed on before the next piece is parsed, so
// the decoder's time slices can yield in the middle of one huge read.
import { describe, expect, it, vi } from 'vitest';

const log = vi.hoisted(() => [] as string[]);

vi.mock('eventsource-parser', async (importOriginal) => {
  const original = await importOriginal<typeof import('eventsource-parser')>();
  return {
    ...original,
    createParser: (callbacks: Parameters<typeof original.createParser>[0]) => {
      const parser = original.createParser(callbacks);
      return {
        ...parser,
        feed: (chunk: string) => {
          log.push(`feed ${chunk.length}`);
          parser.feed(chunk);
        },
      };
    },
  };
});

const { FEED_CHARS, readSse } = await import('./sse');
const { bytes, streamOf } = await import('./testStreams');

describe('readSse on one huge read', () => {
  it('parses it in pieces and hands on each piece’s messages before parsing the next', async () => {
    // 5,000 events of about 60 bytes, a multi-byte character in each.
    const events = Array.from({ length: 5000 }, (_, i) => `data: {"n":${i},"t":"café 𝄞"}\n\n`);
    const body = streamOf([bytes(events.join(''))]);
    const received: string[] = [];
    for await (const messages of readSse(body)) {
      if (received.length === 0) log.push('first message');
      received.push(...messages.map((m) => m.data));
    }
    expect(received).toEqual(events.map((e) => e.slice(6, -2)));
    const feeds = log.filter((l) => l.startsWith('feed'));
    expect(feeds.length).toBeGreaterThan(10);
    for (const feed of feeds) expect(Number(feed.split(' ')[1])).toBeLessThanOrEqual(FEED_CHARS);
    // The consumer had the first message while most of the read was not yet parsed.
    expect(log.indexOf('first message')).toBeLessThan(3);
  });
});
