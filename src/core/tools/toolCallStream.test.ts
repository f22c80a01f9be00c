// Tool calls from SSE bytes to the finished calls, through the real decoder
// and run reducer (PROTOCOL-EDGE-CASES #17, #18): what the cards and the tool
// loop are built from.

import { describe, expect, it } from 'vitest';
import { decodeChatStream } from '../stream/decodeChatStream';
import { applyEvents, endRun, parseToolArguments, startRun } from '../stream/runReducer';
import { chunked, collectBatches, streamOf } from '../stream/testStreams';

const sse = (...chunks: unknown[]) =>
  chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('') + 'data: [DONE]\n\n';

const delta = (toolCalls: unknown[]) => ({
  choices: [{ index: 0, delta: { tool_calls: toolCalls } }],
});

async function finishedCalls(text: string, readSize: number) {
  const events = await collectBatches(decodeChatStream(streamOf(chunked(text, readSize))));
  const state = endRun(applyEvents(startRun(0), events, 1), 'eof', 2);
  return { state, calls: state.choices[0]?.toolCalls ?? [] };
}

describe('streamed tool calls', () => {
  it('assemble the seed’s fragments, read one byte at a time', async () => {
    // The SipPulse guide's own example.
    const text = [
      'data: {"choices":[{"delta":{"tool_calls":[{"index":0,"id":"call_abc","function":{"name":"get_weather"}}]}}]}\n\n',
      'data: {"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\\"ci"}}]}}]}\n\n',
      'data: {"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"ty\\": \\"NYC\\"}"}}]}}]}\n\n',
      'data: [DONE]\n\n',
    ].join('');
    const { state, calls } = await finishedCalls(text, 1);
    expect(state.status).toBe('done');
    expect(calls).toEqual([
      { index: 0, id: 'call_abc', name: 'get_weather', arguments: '{"city": "NYC"}' },
    ]);
    expect(parseToolArguments(calls[0] ?? { arguments: '' })).toEqual({
      ok: true,
      value: { city: 'NYC' },
    });
  });

  it('keep calls apart by index when indices start above 0 and fragments interleave', async () => {
    const text = sse(
      delta([
        { index: 3, id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '' } },
      ]),
      delta([{ index: 1, id: 'call_a', type: 'function', function: { name: 'get_weather' } }]),
      delta([{ index: 3, function: { arguments: '{"zone":' } }]),
      delta([
        { index: 1, function: { arguments: '{"city":' } },
        { index: 3, function: { arguments: '"UTC"}' } },
      ]),
      delta([{ index: 1, function: { arguments: '"Lisbon"}' } }]),
      { choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
    );
    const { state, calls } = await finishedCalls(text, 7);
    expect(calls.map((c) => [c.index, c.id, c.name, c.arguments])).toEqual([
      [1, 'call_a', 'get_weather', '{"city":"Lisbon"}'],
      [3, 'call_b', 'get_time', '{"zone":"UTC"}'],
    ]);
    expect(state.choices[0]?.finishReason).toBe('tool_calls');
  });

  it('keep invalid JSON arguments as raw text, with the reason', async () => {
    const text = sse(
      delta([{ index: 0, id: 'c', function: { name: 'search', arguments: '{"query": "cheap' } }]),
      { choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
    );
    const { calls } = await finishedCalls(text, 64);
    const parsed = parseToolArguments(calls[0] ?? { arguments: '' });
    expect(parsed).toMatchObject({ ok: false, raw: '{"query": "cheap' });
  });
});
