import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../types';
import { decodeChatStream } from './decodeChatStream';
import { applyEvents, endRun, parseToolArguments, startRun, type RunState } from './runReducer';
import { bytes, chunked, collectBatches, splitAt, streamOf } from './testStreams';

function decodeText(text: string): Promise<StreamEvent[]> {
  return collectBatches(decodeChatStream(streamOf([bytes(text)])));
}

function decodeReads(reads: readonly Uint8Array[]): Promise<StreamEvent[]> {
  return collectBatches(decodeChatStream(streamOf(reads)));
}

function reduce(events: readonly StreamEvent[], how: 'eof' | 'aborted' = 'eof'): RunState {
  return endRun(applyEvents(startRun(0), events, 10), how, 20);
}

/** A SipPulse stream as the API sends it, with a keep-alive and some CRLF endings. */
const SIPPULSE_STREAM = [
  'data: {"choices":[{"delta":{"role":"assistant","content":""}}]}\n\n',
  ': keep-alive\n\n',
  'data: {"choices":[{"delta":{"content":"Olá! "}}]}\r\n\r\n',
  'data: {"choices":[{"delta":{"content":"A missão Apollo 11 ☕🚀"}}]}\n\n',
  'data: {"choices":[{"delta":{"content":" foi histórica."}}]}\r\n\r\n',
  'data: {"choices":[{"delta":{},"finish_reason":"stop"}],"usage":{"input_tokens":45,"output_tokens":120,"total_tokens":165},"performance":{"delay":150,"execution_time":1200,"relative_execution_time":100.0}}\n\n',
  'data: [DONE]\n\n',
].join('');

const SIPPULSE_EVENTS: StreamEvent[] = [
  { type: 'role', choice: 0, role: 'assistant' },
  { type: 'text', choice: 0, text: 'Olá! ' },
  { type: 'text', choice: 0, text: 'A missão Apollo 11 ☕🚀' },
  { type: 'text', choice: 0, text: ' foi histórica.' },
  { type: 'finish', choice: 0, reason: 'stop' },
  { type: 'usage', usage: { inputTokens: 45, outputTokens: 120, totalTokens: 165 } },
  {
    type: 'performance',
    performance: { delay: 150, executionTime: 1200, relativeExecutionTime: 100 },
  },
  { type: 'done' },
];

/** The seed's tool-call stream, verbatim. */
const SEED_TOOL_STREAM = [
  'data: {"choices":[{"delta":{"tool_calls":[{"index":0,"id":"call_abc","function":{"name":"get_weather"}}]}}]}',
  'data: {"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\\"ci"}}]}}]}',
  'data: {"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"ty\\": \\"NYC\\"}"}}]}}]}',
  'data: [DONE]',
].join('\n\n');

describe('decodeChatStream', () => {
  it('decodes a recorded SipPulse stream', async () => {
    expect(await decodeText(SIPPULSE_STREAM)).toEqual(SIPPULSE_EVENTS);
  });

  it('#1 the SipPulse stream split at every byte boundary equals the whole-body result', async () => {
    const all = bytes(SIPPULSE_STREAM);
    for (let cut = 0; cut <= all.length; cut++) {
      expect(await decodeReads(splitAt(all, [cut]))).toEqual(SIPPULSE_EVENTS);
    }
  });

  it('#1 #2 the SipPulse stream fed one byte at a time equals the whole-body result', async () => {
    expect(await decodeReads(chunked(SIPPULSE_STREAM, 1))).toEqual(SIPPULSE_EVENTS);
  });

  it('#4 CR, LF and CRLF mixed, CR ending one read and LF starting the next', async () => {
    const reads = [
      bytes('data: {"choices":[{"delta":{"content":"a"}}]}\r'),
      bytes('\n\r'),
      bytes('\ndata: {"choices":[{"delta":{"content":"b"}}]}\r\r'),
      bytes('data: {"choices":[{"delta":{"content":"c"}}]}\n\ndata: [DONE]\r'),
      bytes('\n\r\n'),
    ];
    expect(await decodeReads(reads)).toEqual([
      { type: 'text', choice: 0, text: 'a' },
      { type: 'text', choice: 0, text: 'b' },
      { type: 'text', choice: 0, text: 'c' },
      { type: 'done' },
    ]);
  });

  it('#5 comment lines produce no event and no JSON error', async () => {
    expect(
      await decodeText(
        ': OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\ndata: {"choices":[{"delta":{"content":"x"}}]}\n\n',
      ),
    ).toEqual([{ type: 'text', choice: 0, text: 'x' }]);
  });

  it('#6 event: error with a JSON body surfaces as an error', async () => {
    expect(
      await decodeText(
        'data: {"choices":[{"delta":{"content":"partial"}}]}\n\n' +
          'event: error\ndata: {"error":{"code":"overloaded","message":"Try later"}}\n\n',
      ),
    ).toEqual([
      { type: 'text', choice: 0, text: 'partial' },
      { type: 'error', error: { code: 'overloaded', message: 'Try later' } },
    ]);
  });

  it('#6 event: error with plain text surfaces the text', async () => {
    expect(await decodeText('event: error\ndata: upstream timed out\n\n')).toEqual([
      { type: 'error', error: { code: 'stream_error', message: 'upstream timed out' } },
    ]);
  });

  it('#7 multi-line data fields join with \\n before JSON parsing', async () => {
    expect(
      await decodeText('data: {"choices":\ndata: [{"delta":\ndata: {"content":"joined"}}]}\n\n'),
    ).toEqual([{ type: 'text', choice: 0, text: 'joined' }]);
  });

  it('#8 exactly one leading space is stripped, so data:[DONE] also ends', async () => {
    expect(await decodeText('data:[DONE]\n\n')).toEqual([{ type: 'done' }]);
    const events = await decodeText('data:  [DONE]\n\n');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'error', error: { code: 'malformed_chunk' } });
  });

  it('#9 data: [DONE] ends the stream; nothing after it is read', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          bytes(
            'data: {"choices":[{"delta":{"content":"a"}}]}\n\ndata: [DONE]\n\n' +
              'data: {"choices":[{"delta":{"content":"after"}}]}\n\n',
          ),
        );
      },
      cancel() {
        cancelled = true;
      },
    });
    expect(await collectBatches(decodeChatStream(body))).toEqual([
      { type: 'text', choice: 0, text: 'a' },
      { type: 'done' },
    ]);
    expect(cancelled).toBe(true);
    expect(body.locked).toBe(false);
  });

  it("hands the observer each read's messages as one batch, up to [DONE] and no further", async () => {
    const batches: string[][] = [];
    const events = await collectBatches(
      decodeChatStream(
        streamOf([
          bytes(
            'data: {"choices":[{"delta":{"content":"a"}}]}\n\ndata: {"choices":[{"delta":{"content":"b"}}]}\n\n',
          ),
          bytes('data: {"choices":[{"delta":{"content":"c"}}]}\n\ndata: [DONE]\n\ndata: after\n\n'),
        ]),
        undefined,
        (messages) => batches.push(messages.map((m) => m.data)),
      ),
    );
    expect(batches).toEqual([
      ['{"choices":[{"delta":{"content":"a"}}]}', '{"choices":[{"delta":{"content":"b"}}]}'],
      ['{"choices":[{"delta":{"content":"c"}}]}', '[DONE]'],
    ]);
    expect(events.at(-1)).toEqual({ type: 'done' });
  });

  it('hands the observer a malformed chunk, and nothing read after it', async () => {
    const seen: string[] = [];
    await collectBatches(
      decodeChatStream(
        streamOf([bytes('event: error\ndata: boom\n\ndata: {oops\n\ndata: [DONE]\n\n')]),
        undefined,
        (messages) => seen.push(...messages.map((m) => m.data)),
      ),
    );
    expect(seen).toEqual(['boom', '{oops']);
  });

  it('#9 [DONE]x is not an end', async () => {
    const events = await decodeText('data: [DONE]x\n\n');
    expect(events).toEqual([
      {
        type: 'error',
        error: {
          code: 'malformed_chunk',
          message: 'The server sent a chunk that is not valid JSON: [DONE]x',
        },
      },
    ]);
    expect(events.some((e) => e.type === 'done')).toBe(false);
  });

  it('malformed JSON in a data line is an error and stops the stream', async () => {
    expect(
      await decodeText(
        'data: {"choices":[{"delta":{"content":"ok"}}]}\n\ndata: {"choices":[{\n\n' +
          'data: {"choices":[{"delta":{"content":"never"}}]}\n\ndata: [DONE]\n\n',
      ),
    ).toEqual([
      { type: 'text', choice: 0, text: 'ok' },
      {
        type: 'error',
        error: {
          code: 'malformed_chunk',
          message: 'The server sent a chunk that is not valid JSON: {"choices":[{',
        },
      },
    ]);
  });

  it('#10 EOF without [DONE] and without finish_reason just ends; the run is incomplete', async () => {
    const events = await decodeText('data: {"choices":[{"delta":{"content":"half an ans"}}]}\n\n');
    expect(events).toEqual([{ type: 'text', choice: 0, text: 'half an ans' }]);
    const state = reduce(events);
    expect(state.status).toBe('incomplete');
    expect(state.choices[0]?.text).toBe('half an ans');
  });

  it('#10 EOF without [DONE] but with a finish_reason is done', async () => {
    const events = await decodeText(
      'data: {"choices":[{"delta":{"content":"x"}}]}\n\ndata: {"choices":[{"delta":{},"finish_reason":"stop"}]}\n\n',
    );
    expect(reduce(events).status).toBe('done');
  });

  it('#11 a final [DONE] with no trailing newline still ends the stream', async () => {
    expect(
      await decodeText('data: {"choices":[{"delta":{"content":"x"}}]}\n\ndata: [DONE]'),
    ).toEqual([{ type: 'text', choice: 0, text: 'x' }, { type: 'done' }]);
  });

  it('#12 a leading BOM does not break the first event', async () => {
    const all = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...bytes('data: {"choices":[{"delta":{"content":"first"}}]}\n\n'),
    ]);
    expect(await decodeReads(splitAt(all, [2]))).toEqual([
      { type: 'text', choice: 0, text: 'first' },
    ]);
  });

  it('#13 an error chunk mid-stream is shown and the partial text kept', async () => {
    const events = await decodeText(
      'data: {"choices":[{"delta":{"content":"Once upon"}}]}\n\n' +
        'data: {"error":{"code":"server_error","message":"Upstream failed"}}\n\n',
    );
    expect(events).toEqual([
      { type: 'text', choice: 0, text: 'Once upon' },
      { type: 'error', error: { code: 'server_error', message: 'Upstream failed' } },
    ]);
    const state = reduce(events);
    expect(state.status).toBe('error');
    expect(state.error).toEqual({ code: 'server_error', message: 'Upstream failed' });
    expect(state.choices[0]?.text).toBe('Once upon');
  });

  it('#17 the seed\'s tool-call stream accumulates {"city": "NYC"}', async () => {
    const events = await decodeText(SEED_TOOL_STREAM);
    const state = reduce(events);
    expect(state.status).toBe('done');
    expect(state.choices[0]?.toolCalls).toEqual([
      { index: 0, id: 'call_abc', name: 'get_weather', arguments: '{"city": "NYC"}' },
    ]);
    const call = state.choices[0]?.toolCalls[0];
    expect(call && parseToolArguments(call)).toEqual({ ok: true, value: { city: 'NYC' } });
  });

  it('#14 the usage-only final chunk (choices: []) yields usage', async () => {
    const events = await decodeText(
      [
        'data: {"id":"c","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null}],"usage":null}',
        'data: {"id":"c","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":null}',
        'data: {"id":"c","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":1,"total_tokens":10}}',
        'data: [DONE]',
        '',
      ].join('\n\n'),
    );
    expect(events).toEqual([
      { type: 'role', choice: 0, role: 'assistant' },
      { type: 'text', choice: 0, text: 'Hi' },
      { type: 'finish', choice: 0, reason: 'stop' },
      { type: 'usage', usage: { inputTokens: 9, outputTokens: 1, totalTokens: 10 } },
      { type: 'done' },
    ]);
    expect(reduce(events).usage).toEqual({ inputTokens: 9, outputTokens: 1, totalTokens: 10 });
  });

  it('#24 abort mid-stream: no event afterwards, the partial text stays', async () => {
    let cancelled = false;
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('data: {"choices":[{"delta":{"content":"kept"}}]}\n\n'));
      },
      pull(controller) {
        // The next read is already there when the consumer aborts.
        if (pulls++ === 0) {
          controller.enqueue(bytes('data: {"choices":[{"delta":{"content":"dropped"}}]}\n\n'));
          return;
        }
        return new Promise<void>(() => undefined);
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    let state = startRun(0);
    const received: StreamEvent[] = [];
    for await (const events of decodeChatStream(body, controller.signal)) {
      received.push(...events);
      state = applyEvents(state, events, 1);
      controller.abort();
    }
    state = endRun(state, 'aborted', 2);
    expect(received).toEqual([{ type: 'text', choice: 0, text: 'kept' }]);
    expect(cancelled).toBe(true);
    expect(state.status).toBe('stopped');
    expect(state.choices[0]?.text).toBe('kept');
    // A late batch (e.g. a frame already scheduled) changes nothing.
    expect(applyEvents(state, [{ type: 'text', choice: 0, text: 'late' }], 3)).toBe(state);
  });

  it('a broken connection becomes a stream_interrupted error after the partial text', async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ === 0) {
          controller.enqueue(bytes('data: {"choices":[{"delta":{"content":"so far"}}]}\n\n'));
        } else controller.error(new TypeError('network error'));
      },
    });
    expect(await collectBatches(decodeChatStream(body))).toEqual([
      { type: 'text', choice: 0, text: 'so far' },
      {
        type: 'error',
        error: {
          code: 'stream_interrupted',
          message: 'The connection broke while the answer was streaming: network error',
        },
      },
    ]);
  });

  it('an empty data line is a keep-alive; held-back text is flushed at EOF', async () => {
    expect(
      await decodeText('data:\n\ndata: {"choices":[{"delta":{"content":" <thi"}}]}\n\n'),
    ).toEqual([{ type: 'text', choice: 0, text: ' <thi' }]);
  });

  it('#25 a very large single event (hundreds of KB) decodes in linear time', async () => {
    const content = 'é'.repeat(300_000);
    const text = `data: ${JSON.stringify({ choices: [{ delta: { content } }] })}\n\ndata: [DONE]\n\n`;
    const started = performance.now();
    const events = await decodeReads(chunked(text, 100));
    const elapsed = performance.now() - started;
    expect(events).toEqual([{ type: 'text', choice: 0, text: content }, { type: 'done' }]);
    expect(elapsed).toBeLessThan(4000);
  });
});
