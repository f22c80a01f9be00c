import { describe, expect, it } from 'vitest';
import { readSse, type SseMessage } from './sse';
import { bytes, chunked, collect, collectBatches, splitAt, streamOf } from './testStreams';

function readAll(chunks: readonly Uint8Array[]): Promise<SseMessage[]> {
  return collectBatches(readSse(streamOf(chunks)));
}

const RECORDED = [
  ': keep-alive\n',
  'id: 1\n',
  'data: {"text":"Olá, café ☕ — 𝄞"}\n',
  '\n',
  'event: update\n',
  'data: line one\n',
  'data: line two\n',
  '\n',
  'data: [DONE]\n\n',
].join('');

describe('readSse', () => {
  it('#1 a stream fed one byte at a time equals a whole-body feed', async () => {
    const whole = await readAll([bytes(RECORDED)]);
    expect(whole).toEqual([
      { id: '1', data: '{"text":"Olá, café ☕ — 𝄞"}' },
      { event: 'update', data: 'line one\nline two' },
      { data: '[DONE]' },
    ]);
    expect(await readAll(chunked(RECORDED, 1))).toEqual(whole);
  });

  it('#1 every two-read split of a stream equals a whole-body feed', async () => {
    const all = bytes(RECORDED);
    const whole = await readAll([all]);
    for (let cut = 0; cut <= all.length; cut++) {
      expect(await readAll(splitAt(all, [cut]))).toEqual(whole);
    }
  });

  it('#2 UTF-8 characters split across reads decode correctly', async () => {
    const all = bytes('data: é☕𝄞\n\n');
    // 'é' is 2 bytes, '☕' 3, '𝄞' 4: cut inside each of them.
    const parts = splitAt(all, [7, 9, 11, 13, 15]);
    expect(parts.length).toBe(6);
    expect(await readAll(parts)).toEqual([{ data: 'é☕𝄞' }]);
  });

  it('#3 U+2028 and U+2029 inside data are not line breaks', async () => {
    const data = '{"content":"a\u2028b\u2029c"}';
    expect(await readAll([bytes(`data: ${data}\n\n`)])).toEqual([{ data }]);
  });

  it('#4 CR, LF and CRLF endings, with CR at the end of one read and LF at the start of the next', async () => {
    const parts = [
      bytes('data: a\r'),
      bytes('\n\r\ndata: b\r'),
      bytes('\rdata: c\n\ndata: d\r\n'),
      bytes('\r'),
      bytes('\n'),
    ];
    expect(await readAll(parts)).toEqual([
      { data: 'a' },
      { data: 'b' },
      { data: 'c' },
      { data: 'd' },
    ]);
  });

  it('#4 a CRLF split across reads is one line ending, not a blank line', async () => {
    // If the CR and the LF counted as two endings, the blank line between them
    // would dispatch "a" and "b" as two events.
    const parts = [bytes('data: a\r'), bytes('\ndata: b\r\n\r\n')];
    expect(await readAll(parts)).toEqual([{ data: 'a\nb' }]);
  });

  it('#5 comment lines produce no event', async () => {
    const text = ': OPENROUTER PROCESSING\n\n:ping\n\ndata: x\n\n: trailing\n\n';
    expect(await readAll([bytes(text)])).toEqual([{ data: 'x' }]);
  });

  it('#6 an event: error field is reported on the message', async () => {
    const text = 'event: error\ndata: {"error":{"message":"boom"}}\n\n';
    expect(await readAll([bytes(text)])).toEqual([
      { event: 'error', data: '{"error":{"message":"boom"}}' },
    ]);
  });

  it('#7 multi-line data fields join with \\n', async () => {
    const text = 'data: {"a":\ndata: 1,\ndata:"b":2}\n\n';
    const [message] = await readAll([bytes(text)]);
    expect(message?.data).toBe('{"a":\n1,\n"b":2}');
    expect(JSON.parse(message?.data ?? '')).toEqual({ a: 1, b: 2 });
  });

  it('#8 exactly one leading space after data: is removed', async () => {
    const text = 'data:  two\n\ndata:none\n\ndata: one\n\n';
    expect(await readAll([bytes(text)])).toEqual([
      { data: ' two' },
      { data: 'none' },
      { data: 'one' },
    ]);
  });

  it('#11 a last event without a trailing blank line is delivered (lenient)', async () => {
    expect(await readAll([bytes('data: a\n\ndata: last')])).toEqual([
      { data: 'a' },
      { data: 'last' },
    ]);
    expect(await readAll([bytes('data: a\n\ndata: last\n')])).toEqual([
      { data: 'a' },
      { data: 'last' },
    ]);
    expect(await readAll([bytes('data: last\r')])).toEqual([{ data: 'last' }]);
    // A stream that does end properly gains nothing extra.
    expect(await readAll([bytes('data: a\n\n')])).toEqual([{ data: 'a' }]);
  });

  it('#12 a leading byte-order mark does not break the first event', async () => {
    const all = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('event: error\ndata: x\n\n')]);
    expect(await readAll([all])).toEqual([{ event: 'error', data: 'x' }]);
    // Split inside the BOM too.
    expect(await readAll(splitAt(all, [1, 2, 4]))).toEqual([{ event: 'error', data: 'x' }]);
  });

  it('hands on the messages of one read as one batch', async () => {
    const body = streamOf([
      bytes('data: one\n\ndata: two\n\n: ping\n\n'),
      bytes('data: three\n\n'),
    ]);
    expect(await collect(readSse(body))).toEqual([
      [{ data: 'one' }, { data: 'two' }],
      [{ data: 'three' }],
    ]);
  });

  it('#24 abort mid-stream cancels the reader and yields nothing more', async () => {
    let cancelled = false;
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('data: one\n\n'));
      },
      pull(controller) {
        if (pulls++ === 0) {
          controller.enqueue(bytes('data: two\n\n'));
          return;
        }
        return new Promise<void>(() => undefined); // the server goes quiet
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const messages = readSse(body, controller.signal);
    expect((await messages.next()).value).toEqual([{ data: 'one' }]);
    controller.abort();
    // "two" had arrived already, but must not be handed on.
    expect(await messages.next()).toEqual({ done: true, value: undefined });
    expect(cancelled).toBe(true);
    expect(body.locked).toBe(false);
  });

  it('#24 abort while waiting for a read wakes the reader and ends', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('data: one\n\n'));
      },
      pull() {
        return new Promise<void>(() => undefined);
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const messages = readSse(body, controller.signal);
    expect((await messages.next()).value).toEqual([{ data: 'one' }]);
    const pending = messages.next();
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(cancelled).toBe(true);
    expect(body.locked).toBe(false);
  });

  it('#24 an already-aborted signal yields nothing and cancels the body', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('data: one\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    expect(await collect(readSse(body, AbortSignal.abort()))).toEqual([]);
    expect(cancelled).toBe(true);
  });

  it('a consumer that stops early cancels and releases the reader', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('data: one\n\ndata: two\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const messages of readSse(body)) {
      expect(messages).toEqual([{ data: 'one' }, { data: 'two' }]);
      break;
    }
    expect(cancelled).toBe(true);
    expect(body.locked).toBe(false);
  });

  it('a read error that is not an abort is thrown', async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ === 0) controller.enqueue(bytes('data: one\n\n'));
        else controller.error(new TypeError('network error'));
      },
    });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const messages of readSse(body)) seen.push(...messages.map((m) => m.data));
      })(),
    ).rejects.toThrow('network error');
    expect(seen).toEqual(['one']);
  });

  it('#25 a very large single event, in small reads, parses in linear time', async () => {
    const payload = 'x'.repeat(600_000);
    const parts = chunked(`data: ${payload}\n\n`, 64);
    const started = performance.now();
    const messages = await readAll(parts);
    const elapsed = performance.now() - started;
    expect(messages.length).toBe(1);
    expect(messages[0]?.data.length).toBe(600_000);
    // Loose bound: a quadratic parser re-copies ~10^10 chars here and takes far longer.
    expect(elapsed).toBeLessThan(4000);
  });
});
