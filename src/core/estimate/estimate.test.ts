import cl100k from 'gpt-tokenizer/encoding/cl100k_base';
import o200k from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import {
  approximateCounter,
  calibratedCharsPerToken,
  countRequestTokens,
  IMAGE_TOKENS,
  memoCounter,
  requestChars,
} from './countRequest';
import { formatUsd, usageCost } from './cost';
import { contextGauge, costRange, maxTokensOf } from './gauge';
import { encodingFor } from './encoding';

const o = (text: string) => o200k.countTokens(text);
const c = (text: string) => cl100k.countTokens(text);

describe('encodingFor', () => {
  it.each([
    ['gpt-4o', 'o200k_base'],
    ['gpt-4o-mini-2024-07-18', 'o200k_base'],
    ['gpt-4.1-nano', 'o200k_base'],
    ['o3-mini', 'o200k_base'],
    ['o1', 'o200k_base'],
    ['gpt-5', 'o200k_base'],
    ['openai/gpt-5-mini', 'o200k_base'],
    ['chatgpt-4o-latest', 'o200k_base'],
    ['gpt-4', 'cl100k_base'],
    ['gpt-4-turbo', 'cl100k_base'],
    ['gpt-4-0613', 'cl100k_base'],
    ['gpt-3.5-turbo', 'cl100k_base'],
    ['openai/gpt-3.5-turbo-0125', 'cl100k_base'],
  ] as const)('%s uses %s', (model, encoding) => {
    expect(encodingFor(model, 'openai')).toBe(encoding);
  });

  it('has no exact tokenizer for other families or the in-browser engine', () => {
    expect(encodingFor('claude-sonnet-4', 'sippulse')).toBeNull();
    expect(encodingFor('llama-3.1-8b', 'openai')).toBeNull();
    expect(encodingFor('gpt-4o', 'inbrowser')).toBeNull();
  });
});

describe('token counts with the real tokenizers', () => {
  it('matches well-known counts', () => {
    expect(o('hello world')).toBe(2);
    expect(c('hello world')).toBe(2);
    expect(o('The quick brown fox jumps over the lazy dog.')).toBe(10);
    // Non-Latin text is where the encodings differ.
    expect(o('Olá, mundo! 你好世界')).toBe(7);
    expect(c('Olá, mundo! 你好世界')).toBe(11);
  });

  const chat = [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: 'What is the capital of France?' },
    { role: 'assistant', content: 'Paris.' },
    { role: 'user', content: 'And of Italy? Answer in one word.' },
  ];

  it('counts a chat exactly as gpt-tokenizer encodes it', () => {
    const body = { model: 'gpt-4o', messages: chat, stream: true };
    // 43 is encodeChat(chat, 'gpt-4o').length and countChatCompletionTokens.
    expect(countRequestTokens(body, o)).toEqual({ tokens: 43, approximateParts: [] });
    expect(countRequestTokens(body, o).tokens).toBe(o200k.encodeChat(chat, 'gpt-4o').length);
    expect(countRequestTokens({ messages: chat }, c).tokens).toBe(
      cl100k.encodeChat(chat, 'gpt-4').length,
    );
  });

  it('counts a name as the cookbook does', () => {
    // gpt-tokenizer's countChatCompletionTokens gives 11 for this message.
    expect(
      countRequestTokens({ messages: [{ role: 'user', name: 'ada', content: 'hello world' }] }, o)
        .tokens,
    ).toBe(11);
  });

  it('counts text parts, and images as a marked approximation', () => {
    const body = {
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'hello world' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
          ],
        },
      ],
    };
    expect(countRequestTokens(body, o)).toEqual({
      tokens: 3 + 1 + 2 + IMAGE_TOKENS + 3,
      approximateParts: ['images'],
    });
  });

  it('adds tools and a JSON schema, marked as approximate', () => {
    const tools = [{ type: 'function', function: { name: 'get_weather', parameters: {} } }];
    const schema = { name: 'answer', schema: { type: 'object' } };
    const body = {
      messages: [{ role: 'user', content: 'hello world' }],
      tools,
      response_format: { type: 'json_schema', json_schema: schema },
    };
    const result = countRequestTokens(body, o);
    expect(result.tokens).toBe(9 + o(JSON.stringify(tools)) + o(JSON.stringify(schema)));
    expect(result.approximateParts).toEqual(['tools', 'JSON schema']);
  });

  it('counts a completion prompt and suffix without chat framing', () => {
    expect(countRequestTokens({ prompt: 'hello world', suffix: ' hello world' }, o).tokens).toBe(4);
  });

  it('ignores inherited keys of odd bodies', () => {
    const body = JSON.parse('{"__proto__": {"messages": [1]}, "prompt": "hello world"}') as Record<
      string,
      unknown
    >;
    expect(countRequestTokens(body, o).tokens).toBe(2);
  });
});

describe('approximation', () => {
  it('divides the length by the characters per token, rounding up', () => {
    const count = approximateCounter();
    expect(count('')).toBe(0);
    expect(count('abcd')).toBe(1);
    expect(count('abcde')).toBe(2);
    expect(approximateCounter(2)('abcde')).toBe(3);
  });

  it('learns a plausible ratio from a finished run and ignores nonsense', () => {
    expect(calibratedCharsPerToken(400, 100)).toBe(4);
    expect(calibratedCharsPerToken(400, 0)).toBeUndefined();
    expect(calibratedCharsPerToken(10_000, 1)).toBeUndefined();
  });

  it('measures a body in characters with the same framing', () => {
    // 3 framing + 4 ("user") + 11 ("hello world") + 3 priming.
    expect(requestChars({ messages: [{ role: 'user', content: 'hello world' }] })).toBe(21);
  });

  it('memoCounter counts each distinct text once', () => {
    let calls = 0;
    const count = memoCounter((t) => {
      calls += 1;
      return t.length;
    }, 2);
    expect([count('a'), count('a'), count('bb'), count('a')]).toEqual([1, 1, 2, 1]);
    expect(calls).toBe(2);
    count('ccc'); // evicts the oldest
    count('a');
    expect(calls).toBe(4);
  });
});

describe('cost', () => {
  const prices = { inputPrice: 2.5, outputPrice: 10 }; // gpt-4o, $ per million

  it('ranges from the input alone to the input plus Max tokens of output', () => {
    const range = costRange(1000, 500, prices);
    expect(range?.min).toBeCloseTo(0.0025, 10);
    expect(range?.max).toBeCloseTo(0.0025 + 0.005, 10);
  });

  it('has no upper bound without an output price or bound, and nothing without an input price', () => {
    expect(costRange(1000, undefined, prices)).toEqual({ min: 0.0025 });
    expect(costRange(1000, 500, { inputPrice: 1 })).toEqual({ min: 0.001 });
    expect(costRange(1000, 500, { outputPrice: 1 })).toBeUndefined();
    expect(costRange(1000, 500, { inputPrice: Number.NaN })).toBeUndefined();
  });

  it('prices a finished run from its usage', () => {
    expect(usageCost({ inputTokens: 1_000_000, outputTokens: 100_000 }, prices)).toBeCloseTo(3.5);
    expect(usageCost({}, prices)).toBeUndefined();
    expect(usageCost({ inputTokens: 10 }, {})).toBeUndefined();
  });

  it('formats small amounts with enough digits', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(0.00005)).toBe('< $0.0001');
    expect(formatUsd(0.0025)).toBe('$0.0025');
    expect(formatUsd(0.125)).toBe('$0.125');
    expect(formatUsd(3.5)).toBe('$3.50');
  });

  it('reads the output bound under each dialect name', () => {
    expect(maxTokensOf({ max_tokens: 100 })).toBe(100);
    expect(maxTokensOf({ max_completion_tokens: 200 })).toBe(200);
    expect(maxTokensOf({ max_tokens: 'x' })).toBeUndefined();
    expect(maxTokensOf({})).toBeUndefined();
  });
});

describe('contextGauge', () => {
  it('is fine well inside the window', () => {
    expect(contextGauge(1000, 1000, 8000)).toEqual({ level: 'ok', fraction: 0.25 });
  });

  it('warns from 85 % of the window, before the overflow', () => {
    expect(contextGauge(6000, 800, 8000).level).toBe('near');
    expect(contextGauge(6000, 799, 8000).level).toBe('ok');
  });

  it('says when input plus Max tokens, or the input alone, overflows', () => {
    const over = contextGauge(7000, 2000, 8000);
    expect(over.level).toBe('over');
    expect(over.message).toMatch(/Max tokens/);
    expect(contextGauge(9000, 0, 8000).message).toMatch(/input alone/);
  });
});
