import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../types';
import { decodeChatCompletion, MAX_WIRE_INDEX, ChunkDecoder } from './chatChunks';

/** Decodes chunks in order with one decoder, then flushes. */
function decodeAll(...chunks: unknown[]): StreamEvent[] {
  const decoder = new ChunkDecoder();
  return [...chunks.flatMap((chunk) => decoder.decode(chunk)), ...decoder.flush()];
}

function delta(d: unknown, extra: Record<string, unknown> = {}): unknown {
  return { choices: [{ index: 0, delta: d, ...extra }] };
}

/** Joins consecutive events of one kind, so assertions don't depend on chunking. */
function joined(events: readonly StreamEvent[], kind: 'text' | 'reasoning'): string {
  return events
    .filter((e): e is Extract<StreamEvent, { type: 'text' | 'reasoning' }> => e.type === kind)
    .map((e) => e.text)
    .join('');
}

describe('ChunkDecoder', () => {
  it("appends each chunk's events to the caller's list, and keeps a split <think> tag between chunks", () => {
    const decoder = new ChunkDecoder();
    const events: StreamEvent[] = [{ type: 'role', choice: 0, role: 'assistant' }];
    decoder.decodeInto(delta({ content: '<thi' }), events);
    decoder.decodeInto(delta({ content: 'nk>plan</think>Answer' }), events);
    decoder.decodeInto({ choices: [], x_groq: { usage: { prompt_tokens: 3 } } }, events);
    expect(events[0]).toEqual({ type: 'role', choice: 0, role: 'assistant' });
    expect(joined(events, 'reasoning')).toBe('plan');
    expect(joined(events, 'text')).toBe('Answer');
    expect(events.at(-1)).toEqual({ type: 'usage', usage: { inputTokens: 3 } });
    expect(decoder.flush()).toEqual([]);
  });
});

describe('ChunkDecoder.decode', () => {
  it('maps the SipPulse chunk format (no choice index) to text', () => {
    expect(decodeAll({ choices: [{ delta: { content: 'text' } }] })).toEqual([
      { type: 'text', choice: 0, text: 'text' },
    ]);
  });

  it('takes the choice from choices[].index, else the array position', () => {
    const events = decodeAll({
      choices: [{ index: 2, delta: { content: 'two' } }, { delta: { content: 'one' } }],
    });
    expect(events).toEqual([
      { type: 'text', choice: 2, text: 'two' },
      { type: 'text', choice: 1, text: 'one' },
    ]);
  });

  it('#13 an error object in a data chunk becomes an error event', () => {
    expect(decodeAll({ error: { code: 'rate_limit_exceeded', message: 'Slow down' } })).toEqual([
      { type: 'error', error: { code: 'rate_limit_exceeded', message: 'Slow down' } },
    ]);
  });

  it('#13 an error string, and an OpenRouter numeric code with a finish chunk', () => {
    expect(decodeAll({ error: 'upstream exploded' })).toEqual([
      { type: 'error', error: { message: 'upstream exploded' } },
    ]);
    expect(
      decodeAll({
        id: 'gen-1',
        error: { code: 502, message: 'Provider returned error' },
        choices: [{ index: 0, delta: { content: '' }, finish_reason: 'error' }],
      }),
    ).toEqual([
      { type: 'finish', choice: 0, reason: 'error' },
      { type: 'error', error: { code: '502', status: 502, message: 'Provider returned error' } },
    ]);
  });

  it('#13 error: null and an error without any detail', () => {
    expect(decodeAll({ ...(delta({ content: 'a' }) as object), error: null })).toEqual([
      { type: 'text', choice: 0, text: 'a' },
    ]);
    expect(decodeAll({ error: {} })).toEqual([
      {
        type: 'error',
        error: { code: 'server_error', message: 'The server reported an error without a message.' },
      },
    ]);
  });

  it('#14 usage on the finish chunk itself (SipPulse form)', () => {
    expect(
      decodeAll({
        choices: [{ delta: {}, finish_reason: 'stop' }],
        usage: { input_tokens: 45, output_tokens: 120 },
      }),
    ).toEqual([
      { type: 'finish', choice: 0, reason: 'stop' },
      { type: 'usage', usage: { inputTokens: 45, outputTokens: 120 } },
    ]);
  });

  it('#14 usage on a final chunk with choices: [] (OpenAI form with reasoning tokens)', () => {
    expect(
      decodeAll({
        id: 'chatcmpl-1',
        choices: [],
        usage: {
          prompt_tokens: 10,
          completion_tokens: 30,
          total_tokens: 40,
          completion_tokens_details: { reasoning_tokens: 12 },
        },
      }),
    ).toEqual([
      {
        type: 'usage',
        usage: { inputTokens: 10, outputTokens: 30, totalTokens: 40, reasoningTokens: 12 },
      },
    ]);
  });

  it('#14 usage: null elsewhere, no choices at all, and no usage ever are fine', () => {
    expect(decodeAll({ ...(delta({ content: 'hi' }) as object), usage: null })).toEqual([
      { type: 'text', choice: 0, text: 'hi' },
    ]);
    expect(decodeAll({ id: 'x', object: 'chat.completion.chunk' })).toEqual([]);
    expect(decodeAll({ choices: null, usage: {} })).toEqual([]);
  });

  it('#15 a first delta with content: null and refusal: null renders nothing and does not throw', () => {
    expect(decodeAll(delta({ role: 'assistant', content: null, refusal: null }))).toEqual([
      { type: 'role', choice: 0, role: 'assistant' },
    ]);
  });

  it('#16 delta: {} on the finish chunk, chunks with no delta, and an empty id', () => {
    expect(
      decodeAll(
        { id: '', choices: [{ index: 0 }] },
        { id: '', choices: [{ index: 0, delta: {}, finish_reason: 'length' }] },
        { id: '', choices: [{}] },
      ),
    ).toEqual([{ type: 'finish', choice: 0, reason: 'length' }]);
  });

  it('#17 tool-call fragments: first with id, type and name, then arguments only', () => {
    const events = decodeAll(
      delta({
        tool_calls: [
          { index: 0, id: 'call_abc', type: 'function', function: { name: 'get_weather' } },
        ],
      }),
      delta({ tool_calls: [{ index: 0, function: { arguments: '{"ci' } }] }),
      delta({ tool_calls: [{ index: 0, function: { arguments: 'ty": "NYC"}' } }] }),
      { choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
    );
    expect(events).toEqual([
      { type: 'toolCall', choice: 0, index: 0, id: 'call_abc', name: 'get_weather' },
      { type: 'toolCall', choice: 0, index: 0, arguments: '{"ci' },
      { type: 'toolCall', choice: 0, index: 0, arguments: 'ty": "NYC"}' },
      { type: 'finish', choice: 0, reason: 'tool_calls' },
    ]);
  });

  it('#18 tool-call indices may start above 0 and interleave', () => {
    const events = decodeAll(
      delta({ tool_calls: [{ index: 3, id: 'c3', function: { name: 'b', arguments: '' } }] }),
      delta({ tool_calls: [{ index: 1, id: 'c1', function: { name: 'a' } }] }),
      delta({
        tool_calls: [
          { index: 3, function: { arguments: '{}' } },
          { index: 1, function: { arguments: '[1]' } },
        ],
      }),
    );
    expect(events).toEqual([
      { type: 'toolCall', choice: 0, index: 3, id: 'c3', name: 'b' },
      { type: 'toolCall', choice: 0, index: 1, id: 'c1', name: 'a' },
      { type: 'toolCall', choice: 0, index: 3, arguments: '{}' },
      { type: 'toolCall', choice: 0, index: 1, arguments: '[1]' },
    ]);
  });

  it('#18 absurd, negative and non-integer indices are rejected with one error, not allocated', () => {
    const events = decodeAll(
      delta({ tool_calls: [{ index: 1e9, id: 'huge', function: { name: 'x' } }] }),
      delta({ tool_calls: [{ index: -1, function: { arguments: '{}' } }] }),
      delta({ tool_calls: [{ index: 1.5, function: { arguments: '{}' } }] }),
      delta({ tool_calls: [{ index: '0', function: { arguments: '{}' } }] }),
      delta({ tool_calls: [{ index: MAX_WIRE_INDEX, id: 'last', function: { name: 'ok' } }] }),
    );
    expect(events).toEqual([
      {
        type: 'error',
        error: {
          code: 'invalid_index',
          message: `The server sent a tool-call index 1000000000; only integers from 0 to ${MAX_WIRE_INDEX} are accepted, so that part of the response was dropped.`,
        },
      },
      { type: 'toolCall', choice: 0, index: MAX_WIRE_INDEX, id: 'last', name: 'ok' },
    ]);
  });

  it('#18 an absurd choice index is rejected too', () => {
    const events = decodeAll({ choices: [{ index: 5000, delta: { content: 'x' } }] });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'error', error: { code: 'invalid_index' } });
  });

  it('#19 __proto__ and constructor keys pollute nothing', () => {
    const wire = JSON.parse(
      '{"__proto__":{"polluted":"chunk"},"constructor":{"prototype":{"polluted":"ctor"}},' +
        '"choices":[{"index":0,"__proto__":{"polluted":"choice"},' +
        '"delta":{"content":"hi","__proto__":{"polluted":"delta","content":"evil"},' +
        '"tool_calls":[{"index":0,"__proto__":{"polluted":"tc"},"id":"c","function":{"__proto__":{"polluted":"fn"},"name":"f","arguments":"{\\"__proto__\\":{\\"polluted\\":1}}"}}]}}],' +
        '"usage":{"__proto__":{"polluted":"usage"},"input_tokens":1},' +
        '"performance":{"constructor":{"polluted":"perf"},"delay":2}}',
    ) as unknown;
    const events = decodeAll(wire);
    expect(events).toEqual([
      { type: 'text', choice: 0, text: 'hi' },
      {
        type: 'toolCall',
        choice: 0,
        index: 0,
        id: 'c',
        name: 'f',
        arguments: '{"__proto__":{"polluted":1}}',
      },
      { type: 'usage', usage: { inputTokens: 1 } },
      { type: 'performance', performance: { delay: 2 } },
    ]);
    expect(decodeChatCompletion(wire).at(-1)).toEqual({ type: 'done' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('#19 inherited names are not read as fields, even from a polluted prototype', () => {
    // If some other code has already polluted Object.prototype, a chunk that
    // lacks a field must still not pick up the inherited value.
    const proto = Object.prototype as Record<string, unknown>;
    proto.content = 'inherited';
    proto.finish_reason = 'inherited';
    try {
      expect(decodeAll({ choices: [{ index: 0, delta: { role: 'assistant' } }] })).toEqual([
        { type: 'role', choice: 0, role: 'assistant' },
      ]);
    } finally {
      delete proto.content;
      delete proto.finish_reason;
    }
    expect(decodeAll({ choices: [{ index: 0, delta: { role: 'toString' } }] })).toEqual([]);
    expect(decodeAll(JSON.parse('{"choices":[{"delta":{"constructor":"x"}}]}'))).toEqual([]);
  });

  it('#20 reasoning_content and reasoning both go to reasoning', () => {
    expect(
      decodeAll(
        delta({ reasoning_content: 'think A' }),
        delta({ reasoning: 'think B' }),
        delta({ reasoning: 'same', reasoning_content: 'same' }),
        delta({ content: 'answer' }),
      ),
    ).toEqual([
      { type: 'reasoning', choice: 0, text: 'think A' },
      { type: 'reasoning', choice: 0, text: 'think B' },
      { type: 'reasoning', choice: 0, text: 'same' },
      { type: 'text', choice: 0, text: 'answer' },
    ]);
  });

  it('#20 <think>…</think> at the start of content goes to reasoning, tags split across chunks', () => {
    const events = decodeAll(
      delta({ role: 'assistant', content: '\n <thi' }),
      delta({ content: 'nk>plan ' }),
      delta({ content: 'a</th' }),
      delta({ content: 'ink>\n\n' }),
      delta({ content: 'Answer <think>not reasoning</think>' }),
    );
    expect(events).toEqual([
      { type: 'role', choice: 0, role: 'assistant' },
      { type: 'reasoning', choice: 0, text: 'plan ' },
      { type: 'reasoning', choice: 0, text: 'a' },
      { type: 'text', choice: 0, text: 'Answer <think>not reasoning</think>' },
    ]);
  });

  it('#20 the think split gives the same text for every way to chunk the content', () => {
    const content = '  <think>\nstep 1 < step 2 </thin no\n</think>\n\nHi <think>x</think>!';
    for (let a = 0; a <= content.length; a++) {
      for (let b = a; b <= content.length; b += 3) {
        const events = decodeAll(
          delta({ content: content.slice(0, a) }),
          delta({ content: content.slice(a, b) }),
          delta({ content: content.slice(b) }),
        );
        expect(joined(events, 'reasoning')).toBe('\nstep 1 < step 2 </thin no\n');
        expect(joined(events, 'text')).toBe('Hi <think>x</think>!');
      }
    }
  });

  it('#20 content that only looks like a tag start stays text; an unclosed block is reasoning', () => {
    expect(decodeAll(delta({ content: '<th' }), delta({ content: 'ead>' }))).toEqual([
      { type: 'text', choice: 0, text: '<thead>' },
    ]);
    expect(decodeAll(delta({ content: '<thi' }))).toEqual([
      { type: 'text', choice: 0, text: '<thi' },
    ]);
    expect(decodeAll(delta({ content: '<think>cut off</thi' }))).toEqual([
      { type: 'reasoning', choice: 0, text: 'cut off' },
      { type: 'reasoning', choice: 0, text: '</thi' },
    ]);
  });

  it('#20 a finish_reason releases held-back text before the finish event', () => {
    const decoder = new ChunkDecoder();
    expect(decoder.decode(delta({ content: '  <' }))).toEqual([]);
    expect(decoder.decode({ choices: [{ index: 0, delta: {}, finish_reason: 'length' }] })).toEqual(
      [
        { type: 'text', choice: 0, text: '  <' },
        { type: 'finish', choice: 0, reason: 'length' },
      ],
    );
    expect(decoder.flush()).toEqual([]);
  });

  it('#20 think state is kept per choice', () => {
    const events = decodeAll(
      {
        choices: [
          { index: 0, delta: { content: '<think>a' } },
          { index: 1, delta: { content: 'plain' } },
        ],
      },
      {
        choices: [
          { index: 0, delta: { content: '</think>b' } },
          { index: 1, delta: { content: '<think>c' } },
        ],
      },
    );
    expect(events).toEqual([
      { type: 'reasoning', choice: 0, text: 'a' },
      { type: 'text', choice: 1, text: 'plain' },
      { type: 'text', choice: 0, text: 'b' },
      { type: 'text', choice: 1, text: '<think>c' },
    ]);
  });

  it('#21 unknown fields are ignored; SipPulse performance is mapped', () => {
    const plain = decodeAll(
      { id: 'a', choices: [{ index: 0, delta: { content: 'hi' } }] },
      {
        id: 'a',
        choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
        usage: { input_tokens: 3, output_tokens: 1, total_tokens: 4 },
      },
    );
    const noisy = decodeAll(
      {
        id: 'a',
        provider: 'DeepInfra',
        obfuscation: 'kdjf',
        timings: { prompt_n: 3, predicted_per_second: 50 },
        prompt_progress: { total: 3, processed: 3 },
        choices: [
          {
            index: 0,
            delta: { content: 'hi', extra_field: 1 },
            native_finish_reason: null,
            logprobs: null,
          },
        ],
      },
      {
        id: 'a',
        choices: [{ index: 0, delta: {}, finish_reason: 'stop', native_finish_reason: 'STOP' }],
        usage: { input_tokens: 3, output_tokens: 1, total_tokens: 4, cost: 0.1 },
        system_fingerprint: 'fp',
      },
    );
    expect(noisy).toEqual(plain);
    expect(plain).toEqual([
      { type: 'text', choice: 0, text: 'hi' },
      { type: 'finish', choice: 0, reason: 'stop' },
      { type: 'usage', usage: { inputTokens: 3, outputTokens: 1, totalTokens: 4 } },
    ]);
    expect(
      decodeAll({
        choices: [],
        performance: { delay: 150, execution_time: 1200, relative_execution_time: 100.0 },
      }),
    ).toEqual([
      {
        type: 'performance',
        performance: { delay: 150, executionTime: 1200, relativeExecutionTime: 100 },
      },
    ]);
  });

  it('a refusal string is shown as text; content given as parts is joined', () => {
    expect(
      decodeAll(
        delta({ refusal: "I can't help with that." }),
        delta({
          content: [
            { type: 'text', text: 'a' },
            { type: 'image_url' },
            { type: 'text', text: 'b' },
          ],
        }),
      ),
    ).toEqual([
      { type: 'text', choice: 0, text: "I can't help with that." },
      { type: 'text', choice: 0, text: 'ab' },
    ]);
  });

  it('a chunk that is not an object is reported', () => {
    expect(decodeAll(42)).toEqual([
      {
        type: 'error',
        error: {
          code: 'malformed_chunk',
          message: 'The server sent a chunk that is not a JSON object.',
        },
      },
    ]);
  });
});

describe('decodeChatCompletion', () => {
  it('maps the SipPulse non-stream body and ends with done', () => {
    expect(
      decodeChatCompletion({
        choices: [
          {
            message: {
              role: 'assistant',
              content: 'The Apollo 11 mission was a historic milestone...',
            },
            finish_reason: 'stop',
          },
        ],
        created: 1704067200000,
        model: 'gpt-4o-mini',
        usage: { input_tokens: 45, output_tokens: 120, total_tokens: 165 },
        performance: { delay: 150, execution_time: 1200, relative_execution_time: 100.0 },
      }),
    ).toEqual([
      { type: 'role', choice: 0, role: 'assistant' },
      { type: 'text', choice: 0, text: 'The Apollo 11 mission was a historic milestone...' },
      { type: 'finish', choice: 0, reason: 'stop' },
      { type: 'usage', usage: { inputTokens: 45, outputTokens: 120, totalTokens: 165 } },
      {
        type: 'performance',
        performance: { delay: 150, executionTime: 1200, relativeExecutionTime: 100 },
      },
      { type: 'done' },
    ]);
  });

  it('maps tool_calls (no index: the position), reasoning_content and <think>', () => {
    expect(
      decodeChatCompletion({
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: null,
              tool_calls: [
                {
                  id: 'call_abc123',
                  type: 'function',
                  function: { name: 'get_weather', arguments: '{"city": "New York"}' },
                },
                { id: 'call_2', type: 'function', function: { name: 'noop', arguments: '' } },
              ],
            },
            finish_reason: 'tool_calls',
          },
          {
            index: 1,
            message: { role: 'assistant', reasoning_content: 'R', content: '<think>T</think>\nA' },
          },
        ],
      }),
    ).toEqual([
      { type: 'role', choice: 0, role: 'assistant' },
      {
        type: 'toolCall',
        choice: 0,
        index: 0,
        id: 'call_abc123',
        name: 'get_weather',
        arguments: '{"city": "New York"}',
      },
      { type: 'toolCall', choice: 0, index: 1, id: 'call_2', name: 'noop' },
      { type: 'finish', choice: 0, reason: 'tool_calls' },
      { type: 'role', choice: 1, role: 'assistant' },
      { type: 'reasoning', choice: 1, text: 'R' },
      { type: 'reasoning', choice: 1, text: 'T' },
      { type: 'text', choice: 1, text: 'A' },
      { type: 'done' },
    ]);
  });

  it('an error body yields the error and no done', () => {
    expect(
      decodeChatCompletion({
        error: {
          code: 'model_not_found',
          message: "The model 'gpt-99' does not exist or is not available for your organization.",
        },
      }),
    ).toEqual([
      {
        type: 'error',
        error: {
          code: 'model_not_found',
          message: "The model 'gpt-99' does not exist or is not available for your organization.",
        },
      },
    ]);
  });
});

describe('text completion (POST /completions)', () => {
  it('choices[].text chunks become text, then finish and usage', () => {
    expect(
      decodeAll(
        { id: 'cmpl-1', object: 'text_completion', choices: [{ index: 0, text: 'Once' }] },
        { choices: [{ index: 0, text: ' upon', logprobs: null, finish_reason: null }] },
        {
          choices: [{ index: 0, text: ' a time', finish_reason: 'length' }],
          usage: { prompt_tokens: 3, completion_tokens: 3, total_tokens: 6 },
        },
      ),
    ).toEqual([
      { type: 'text', choice: 0, text: 'Once' },
      { type: 'text', choice: 0, text: ' upon' },
      { type: 'text', choice: 0, text: ' a time' },
      { type: 'finish', choice: 0, reason: 'length' },
      { type: 'usage', usage: { inputTokens: 3, outputTokens: 3, totalTokens: 6 } },
    ]);
  });

  it('keeps text of several choices apart by index', () => {
    const events = decodeAll(
      { choices: [{ index: 1, text: 'B1' }] },
      { choices: [{ index: 0, text: 'A1' }] },
      { choices: [{ index: 1, text: 'B2', finish_reason: 'stop' }] },
    );
    expect(events).toEqual([
      { type: 'text', choice: 1, text: 'B1' },
      { type: 'text', choice: 0, text: 'A1' },
      { type: 'text', choice: 1, text: 'B2' },
      { type: 'finish', choice: 1, reason: 'stop' },
    ]);
  });

  it('a <think> block at the start of the completion goes to reasoning', () => {
    const events = decodeAll(
      { choices: [{ index: 0, text: '<thi' }] },
      { choices: [{ index: 0, text: 'nk>plan</th' }] },
      { choices: [{ index: 0, text: 'ink>\n\nAnswer' }] },
    );
    expect(joined(events, 'reasoning')).toBe('plan');
    expect(joined(events, 'text')).toBe('Answer');
  });

  it('empty, null and non-string text produce no text event', () => {
    expect(
      decodeAll(
        { choices: [{ index: 0, text: '' }] },
        { choices: [{ index: 0, text: null }] },
        { choices: [{ index: 0, text: 42 }] },
        { choices: [{ index: 0, text: { a: 1 } }] },
      ),
    ).toEqual([]);
  });

  it('a chat choice with a delta ignores a stray text field rather than showing it twice', () => {
    expect(decodeAll({ choices: [{ index: 0, delta: { content: 'hi' }, text: 'hi' }] })).toEqual([
      { type: 'text', choice: 0, text: 'hi' },
    ]);
  });

  it('logprobs of either shape become logprobs events after the text; junk is dropped', () => {
    const events = decodeAll(
      {
        choices: [
          {
            index: 0,
            text: 'Hi',
            logprobs: {
              tokens: ['Hi'],
              token_logprobs: [-0.1],
              top_logprobs: [{ Hi: -0.1, Hello: -2.3 }],
              text_offset: [0],
            },
          },
        ],
      },
      {
        choices: [
          {
            index: 0,
            delta: { content: '!' },
            logprobs: { content: [{ token: '!', logprob: -0.01, bytes: [33], top_logprobs: [] }] },
          },
        ],
      },
      { choices: [{ index: 0, text: '?', logprobs: 'garbage' }] },
      { choices: [{ index: 0, text: '.', logprobs: [null, 1, { tokens: null }] }] },
    );
    expect(events).toEqual([
      { type: 'text', choice: 0, text: 'Hi' },
      {
        type: 'logprobs',
        choice: 0,
        tokens: [
          {
            token: 'Hi',
            logprob: -0.1,
            top: [
              { token: 'Hi', logprob: -0.1 },
              { token: 'Hello', logprob: -2.3 },
            ],
          },
        ],
      },
      { type: 'text', choice: 0, text: '!' },
      { type: 'logprobs', choice: 0, tokens: [{ token: '!', logprob: -0.01, top: [] }] },
      { type: 'text', choice: 0, text: '?' },
      { type: 'text', choice: 0, text: '.' },
    ]);
  });

  it('a complete text-completion body maps to text, finish, usage and done', () => {
    expect(
      decodeChatCompletion({
        id: 'cmpl-2',
        object: 'text_completion',
        created: 1700000000,
        model: 'gpt-3.5-turbo-instruct',
        choices: [
          { text: '\n\nThis is a test.', index: 0, logprobs: null, finish_reason: 'stop' },
          { text: ' Another.', index: 1, logprobs: null, finish_reason: 'length' },
        ],
        usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
      }),
    ).toEqual([
      { type: 'text', choice: 0, text: '\n\nThis is a test.' },
      { type: 'finish', choice: 0, reason: 'stop' },
      { type: 'text', choice: 1, text: ' Another.' },
      { type: 'finish', choice: 1, reason: 'length' },
      { type: 'usage', usage: { inputTokens: 5, outputTokens: 7, totalTokens: 12 } },
      { type: 'done' },
    ]);
  });

  it('leading whitespace before an ordinary completion is kept', () => {
    const events = decodeAll(
      { choices: [{ index: 0, text: '\n\n' }] },
      { choices: [{ index: 0, text: 'Dear Sir,' }] },
    );
    expect(joined(events, 'text')).toBe('\n\nDear Sir,');
  });
});
