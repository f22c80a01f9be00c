// OpenAI-compatible streams shaped like the ones real servers send (OpenAI,
// DeepSeek, OpenRouter, vLLM, Ollama, llama.cpp), fed as SSE bytes through the
// decoder and the run reducer: the assertions are on what the user ends up seeing.

import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../types';
import { decodeChatStream } from './decodeChatStream';
import { applyEvents, endRun, parseToolArguments, startRun, type RunState } from './runReducer';
import { bytes, chunked, collectBatches, streamOf } from './testStreams';

/** `data:` lines, each followed by a blank line, as a server writes them. */
function sse(...chunks: readonly (object | string)[]): string {
  return chunks
    .map((c) => (typeof c === 'string' ? `${c}\n\n` : `data: ${JSON.stringify(c)}\n\n`))
    .join('');
}

const DONE = 'data: [DONE]';

/**
 * Decodes the stream in one read and one byte at a time (the events must not
 * depend on how the network cut it), then applies each event at its own clock
 * tick (event i at time i + 1) so first-token timing is observable.
 */
async function play(text: string): Promise<{ events: StreamEvent[]; state: RunState }> {
  const events = await collectBatches(decodeChatStream(streamOf([bytes(text)])));
  expect(await collectBatches(decodeChatStream(streamOf(chunked(text, 1))))).toEqual(events);
  let state = startRun(0);
  events.forEach((event, i) => {
    state = applyEvents(state, [event], i + 1);
  });
  return { events, state: endRun(state, 'eof', events.length + 1) };
}

/** OpenAI's envelope around every chunk. */
function chunk(
  choices: unknown[],
  extra: Record<string, unknown> = { usage: null },
): Record<string, unknown> {
  return {
    id: 'chatcmpl-AbC123',
    object: 'chat.completion.chunk',
    created: 1735000000,
    model: 'gpt-4o-2024-08-06',
    system_fingerprint: 'fp_50cad350e4',
    choices,
    ...extra,
  };
}

function deltaChunk(delta: Record<string, unknown>, finish: string | null = null, index = 0) {
  return chunk([{ index, delta, logprobs: null, finish_reason: finish }]);
}

const OPENAI_USAGE = {
  prompt_tokens: 19,
  completion_tokens: 10,
  total_tokens: 29,
  prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
  completion_tokens_details: {
    reasoning_tokens: 0,
    audio_tokens: 0,
    accepted_prediction_tokens: 0,
    rejected_prediction_tokens: 0,
  },
};

describe('OpenAI-compatible streams, end to end', () => {
  it('a first delta with role and content "" sets the role but is not the first token', async () => {
    const { events, state } = await play(
      sse(
        deltaChunk({ role: 'assistant', content: '', refusal: null }),
        deltaChunk({ content: 'Hello' }),
        deltaChunk({ content: ' there!' }),
        deltaChunk({}, 'stop'),
        DONE,
      ),
    );
    expect(events[0]).toEqual({ type: 'role', choice: 0, role: 'assistant' });
    expect(events.filter((e) => e.type === 'text')).toHaveLength(2);
    expect(state.status).toBe('done');
    expect(state.choices).toHaveLength(1);
    expect(state.choices[0]).toMatchObject({
      role: 'assistant',
      text: 'Hello there!',
      reasoning: '',
      finishReason: 'stop',
    });
    // Time to first token is measured at "Hello" (event 2), not at the empty delta.
    expect(state.firstTokenAt).toBe(2);
    expect(state.deltaCount).toBe(2);
  });

  it('content: null deltas add nothing and never show the word "null"', async () => {
    const { state } = await play(
      sse(
        deltaChunk({ role: 'assistant', content: null }),
        deltaChunk({ content: null }),
        deltaChunk({ content: 'Fine.' }),
        deltaChunk({ content: null, refusal: null }),
        deltaChunk({ content: null }, 'stop'),
        DONE,
      ),
    );
    expect(state.status).toBe('done');
    expect(state.choices[0]?.text).toBe('Fine.');
    expect(state.deltaCount).toBe(1);
  });

  it('tool-call fragments keyed by index 2 assemble into one call at index 2, none before it', async () => {
    const { state } = await play(
      sse(
        deltaChunk({
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              index: 2,
              id: 'call_Zx9',
              type: 'function',
              function: { name: 'get_weather', arguments: '' },
            },
          ],
        }),
        deltaChunk({ tool_calls: [{ index: 2, function: { arguments: '{"ci' } }] }),
        deltaChunk({ tool_calls: [{ index: 2, function: { arguments: 'ty": "Lisbon"}' } }] }),
        deltaChunk({}, 'tool_calls'),
        DONE,
      ),
    );
    const choice = state.choices[0];
    expect(choice?.finishReason).toBe('tool_calls');
    expect(choice?.text).toBe('');
    expect(choice?.toolCalls).toEqual([
      { index: 2, id: 'call_Zx9', name: 'get_weather', arguments: '{"city": "Lisbon"}' },
    ]);
    expect(parseToolArguments(choice!.toolCalls[0]!)).toEqual({
      ok: true,
      value: { city: 'Lisbon' },
    });
  });

  it('interleaved fragments of two parallel calls (0, 1, 0, 1) keep each name with its arguments', async () => {
    const { state } = await play(
      sse(
        deltaChunk({
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              index: 0,
              id: 'call_A',
              type: 'function',
              function: { name: 'get_weather', arguments: '' },
            },
          ],
        }),
        deltaChunk({
          tool_calls: [
            {
              index: 1,
              id: 'call_B',
              type: 'function',
              function: { name: 'get_time', arguments: '' },
            },
          ],
        }),
        deltaChunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
        deltaChunk({ tool_calls: [{ index: 1, function: { arguments: '{"timezone":' } }] }),
        deltaChunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
        deltaChunk({ tool_calls: [{ index: 1, function: { arguments: '"Europe/Paris"}' } }] }),
        deltaChunk({}, 'tool_calls'),
        DONE,
      ),
    );
    const calls = state.choices[0]?.toolCalls ?? [];
    expect(calls.map((c) => [c.index, c.id, c.name])).toEqual([
      [0, 'call_A', 'get_weather'],
      [1, 'call_B', 'get_time'],
    ]);
    expect(calls.map((c) => parseToolArguments(c))).toEqual([
      { ok: true, value: { city: 'Paris' } },
      { ok: true, value: { timezone: 'Europe/Paris' } },
    ]);
  });

  it('the stream_options.include_usage chunk (choices: []) fills usage, reasoning tokens included', async () => {
    const { state } = await play(
      sse(
        deltaChunk({ role: 'assistant', content: '' }),
        deltaChunk({ content: '42' }),
        deltaChunk({}, 'stop'),
        chunk([], {
          usage: {
            ...OPENAI_USAGE,
            completion_tokens: 140,
            total_tokens: 159,
            completion_tokens_details: {
              ...OPENAI_USAGE.completion_tokens_details,
              reasoning_tokens: 128,
            },
          },
        }),
        DONE,
      ),
    );
    expect(state.status).toBe('done');
    expect(state.choices[0]?.text).toBe('42');
    expect(state.usage).toEqual({
      inputTokens: 19,
      outputTokens: 140,
      totalTokens: 159,
      reasoningTokens: 128,
    });
  });

  it('DeepSeek reasoning_content deltas end in reasoning, not in the answer', async () => {
    const { state } = await play(
      sse(
        deltaChunk({ role: 'assistant', content: null, reasoning_content: '' }),
        deltaChunk({ content: null, reasoning_content: 'The user asks 2+2.' }),
        deltaChunk({ content: null, reasoning_content: ' That is 4.' }),
        deltaChunk({ content: 'The answer', reasoning_content: null }),
        deltaChunk({ content: ' is 4.', reasoning_content: null }),
        deltaChunk({ content: '', reasoning_content: null }, 'stop'),
        DONE,
      ),
    );
    expect(state.choices[0]?.reasoning).toBe('The user asks 2+2. That is 4.');
    expect(state.choices[0]?.text).toBe('The answer is 4.');
  });

  it('OpenRouter and vLLM reasoning deltas end in reasoning, once, beside reasoning_details', async () => {
    const { state } = await play(
      sse(
        ': OPENROUTER PROCESSING',
        deltaChunk({
          role: 'assistant',
          content: '',
          reasoning: 'Considering',
          reasoning_details: [
            { type: 'reasoning.text', text: 'Considering', format: 'unknown', index: 0 },
          ],
        }),
        deltaChunk({
          role: 'assistant',
          content: '',
          reasoning: ' options.',
          reasoning_details: [
            { type: 'reasoning.text', text: ' options.', format: 'unknown', index: 0 },
          ],
        }),
        deltaChunk({ role: 'assistant', content: 'Option B.', reasoning: null }),
        deltaChunk({ role: 'assistant', content: '' }, 'stop'),
        DONE,
      ),
    );
    expect(state.choices[0]?.reasoning).toBe('Considering options.');
    expect(state.choices[0]?.text).toBe('Option B.');
  });

  it('vLLM reasoning deltas sent under both names end in reasoning once, not doubled', async () => {
    const { state } = await play(
      sse(
        deltaChunk({ role: 'assistant', content: '' }),
        deltaChunk({ reasoning: 'Check units.', reasoning_content: 'Check units.' }),
        deltaChunk({ reasoning: ' Done.', reasoning_content: ' Done.' }),
        deltaChunk({ content: '3 km' }),
        deltaChunk({}, 'stop'),
        DONE,
      ),
    );
    expect(state.choices[0]?.reasoning).toBe('Check units. Done.');
    expect(state.choices[0]?.text).toBe('3 km');
  });

  it('<think>…</think> in content, with both tags split across chunks, ends in reasoning', async () => {
    const { state } = await play(
      sse(
        deltaChunk({ role: 'assistant', content: '<th' }),
        deltaChunk({ content: 'ink>\nOkay, the user' }),
        deltaChunk({ content: ' says hi.</th' }),
        deltaChunk({ content: 'ink>\n\n' }),
        deltaChunk({ content: 'Hi there!' }),
        deltaChunk({}, 'stop'),
        DONE,
      ),
    );
    const choice = state.choices[0];
    expect(choice?.reasoning.trim()).toBe('Okay, the user says hi.');
    expect(choice?.text).toBe('Hi there!');
  });

  it('SSE comments (OpenRouter processing notes, keep-alive pings) change nothing', async () => {
    const body = [
      deltaChunk({ role: 'assistant', content: '' }),
      deltaChunk({ content: 'Slow' }),
      deltaChunk({ content: ' answer' }),
      deltaChunk({}, 'stop'),
      DONE,
    ];
    const plain = await play(sse(...body));
    const commented = await play(
      sse(
        ': OPENROUTER PROCESSING',
        ': OPENROUTER PROCESSING',
        body[0]!,
        ': ping - 2025-01-01 00:00:15.000000',
        body[1]!,
        ':',
        ': keep-alive',
        body[2]!,
        body[3]!,
        body[4]!,
      ),
    );
    expect(commented.events).toEqual(plain.events);
    expect(commented.state.status).toBe('done');
    expect(commented.state.error).toBeUndefined();
    expect(commented.state.choices[0]?.text).toBe('Slow answer');
  });

  it('an {"error": {...}} data line mid-stream is shown as the error and the partial text stays', async () => {
    const { state } = await play(
      sse(
        deltaChunk({ role: 'assistant', content: '' }),
        deltaChunk({ content: 'The first half' }),
        {
          error: {
            message: 'The server had an error while processing your request.',
            code: 'server_error',
          },
        },
        DONE,
      ),
    );
    expect(state.status).toBe('error');
    expect(state.error).toEqual({
      code: 'server_error',
      message: 'The server had an error while processing your request.',
    });
    expect(state.choices[0]?.text).toBe('The first half');
  });

  it('an OpenRouter provider error (numeric code, finish_reason "error") keeps the partial text', async () => {
    const { state } = await play(
      sse(
        deltaChunk({ role: 'assistant', content: 'Partial' }),
        chunk(
          [
            {
              index: 0,
              delta: { content: '' },
              finish_reason: 'error',
              native_finish_reason: 'error',
            },
          ],
          {
            provider: 'SomeProvider',
            error: { code: 502, message: 'Provider returned error' },
          },
        ),
        DONE,
      ),
    );
    expect(state.status).toBe('error');
    expect(state.error).toMatchObject({ status: 502, message: 'Provider returned error' });
    expect(state.choices[0]?.text).toBe('Partial');
  });

  it('n=2 with interleaved choices 0 and 1 gives two separate answers', async () => {
    const { state } = await play(
      sse(
        deltaChunk({ role: 'assistant', content: '' }, null, 0),
        deltaChunk({ role: 'assistant', content: '' }, null, 1),
        deltaChunk({ content: 'Red' }, null, 0),
        deltaChunk({ content: 'Blue' }, null, 1),
        deltaChunk({ content: ' apple' }, null, 1),
        deltaChunk({ content: ' sky' }, null, 0),
        deltaChunk({}, 'stop', 1),
        deltaChunk({}, 'length', 0),
        chunk([], { usage: OPENAI_USAGE }),
        DONE,
      ),
    );
    expect(state.status).toBe('done');
    expect(state.choices.map((c) => [c.index, c.text, c.finishReason])).toEqual([
      [0, 'Red sky', 'length'],
      [1, 'Blue apple', 'stop'],
    ]);
    expect(state.usage?.totalTokens).toBe(29);
  });

  it('a text-completion stream (choices[].text) fills the answer', async () => {
    const completion = (text: string, finish: string | null) => ({
      id: 'cmpl-9aB',
      object: 'text_completion',
      created: 1735000000,
      model: 'gpt-3.5-turbo-instruct',
      choices: [{ text, index: 0, logprobs: null, finish_reason: finish }],
    });
    const { state } = await play(
      sse(
        completion('\n\n', null),
        completion('Once', null),
        completion(' upon a time', null),
        completion('', 'length'),
        {
          id: 'cmpl-9aB',
          object: 'text_completion',
          created: 1735000000,
          model: 'gpt-3.5-turbo-instruct',
          choices: [],
          usage: { prompt_tokens: 4, completion_tokens: 5, total_tokens: 9 },
        },
        DONE,
      ),
    );
    expect(state.status).toBe('done');
    expect(state.choices[0]).toMatchObject({
      text: '\n\nOnce upon a time',
      reasoning: '',
      finishReason: 'length',
    });
    expect(state.usage).toEqual({ inputTokens: 4, outputTokens: 5, totalTokens: 9 });
  });

  it('__proto__ and constructor keys in a chunk pollute nothing and are not read as fields', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const poisoned =
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},' +
      '"choices":[{"index":0,"__proto__":{"polluted":3,"finish_reason":"length"},' +
      '"delta":{"__proto__":{"content":"evil","polluted":4},"constructor":"x","content":"safe",' +
      '"tool_calls":[{"index":0,"id":"call_p","function":{"name":"__proto__",' +
      '"arguments":"{\\"__proto__\\":{\\"polluted\\":5}}"}}]}}],' +
      '"usage":{"__proto__":{"prompt_tokens":999},"constructor":{"polluted":6},"completion_tokens":1}}';
    const { state } = await play(
      `data: ${poisoned}\n\ndata: {"choices":[],"constructor":1}\n\n${DONE}\n\n`,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(state.status).toBe('done');
    const choice = state.choices[0];
    expect(choice?.text).toBe('safe');
    expect(choice?.finishReason).toBeUndefined();
    expect(choice?.toolCalls).toEqual([
      { index: 0, id: 'call_p', name: '__proto__', arguments: '{"__proto__":{"polluted":5}}' },
    ]);
    const parsed = parseToolArguments(choice!.toolCalls[0]!);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(state.usage).toEqual({ outputTokens: 1 });
    expect(Object.getPrototypeOf(state.usage)).toBe(Object.prototype);
  });
});
