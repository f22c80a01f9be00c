import { describe, expect, it } from 'vitest';
import type { PreparedRequest } from '../types';
import {
  combineUsage,
  MAX_CHOICES,
  planWllamaRun,
  plainTextPrompt,
  readdressChunk,
  usageOf,
} from './runPlan';

function request(
  body: Record<string, unknown>,
  mode: 'chat' | 'complete' = 'chat',
): PreparedRequest {
  return {
    provider: 'inbrowser',
    mode,
    method: 'POST',
    url: mode === 'chat' ? 'inbrowser:chat/completions' : 'inbrowser:completions',
    headers: {},
    auth: { header: '', prefix: '', envVar: '' },
    body,
    stream: body.stream === true,
  };
}

const CHAT = { model: 'SmolLM2-135M-Instruct-Q8_0', messages: [{ role: 'user', content: 'Hi' }] };

describe('planWllamaRun', () => {
  it('passes sampling parameters under the names llama.cpp reads', () => {
    const plan = planWllamaRun(
      request({
        ...CHAT,
        temperature: 1,
        top_k: 40,
        top_p: 0.9,
        min_p: 0.05,
        repeat_penalty: 1.1,
        frequency_penalty: 0.5,
        presence_penalty: -0.5,
        seed: 7,
        max_tokens: 64,
        stop: ['\n\n', 'The end'],
        stream: false,
      }),
      { chatTemplate: true },
    );
    expect(plan.kind).toBe('chat');
    expect(plan.calls).toEqual([
      {
        messages: [{ role: 'user', content: 'Hi' }],
        temperature: 1,
        top_k: 40,
        top_p: 0.9,
        min_p: 0.05,
        repeat_penalty: 1.1,
        frequency_penalty: 0.5,
        presence_penalty: -0.5,
        seed: 7,
        max_tokens: 64,
        stop: ['\n\n', 'The end'],
        stream: false,
      },
    ]);
  });

  it('never sends the model id or parameters llama.cpp does not take', () => {
    const [call] = planWllamaRun(
      request({ ...CHAT, reasoning_effort: 'high', thinking: { type: 'enabled' }, stream: false }),
      { chatTemplate: true },
    ).calls;
    expect(Object.keys(call ?? {}).sort()).toEqual(['messages', 'stream']);
  });

  it('asks for usage on streamed chat, as OpenAI does', () => {
    const plan = planWllamaRun(request({ ...CHAT, stream: true }), { chatTemplate: true });
    expect(plan.stream).toBe(true);
    expect(plan.calls[0]).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('turns text parts into text and drops images and empty stops', () => {
    const plan = planWllamaRun(
      request({
        model: 'm',
        messages: [
          { role: 'system', content: 'Be brief.' },
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is this?' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
            ],
          },
          {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }],
          },
          { role: 'tool', content: '42', tool_call_id: 'c1' },
        ],
        stop: ['', 'x'],
      }),
      { chatTemplate: true },
    );
    expect(plan.calls[0]).toMatchObject({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'What is this?' },
        {
          role: 'assistant',
          content: '',
          tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }],
        },
        { role: 'tool', content: '42', tool_call_id: 'c1' },
      ],
      stop: ['x'],
    });
  });

  it('sends chat as plain text to a model without a chat template', () => {
    const plan = planWllamaRun(
      request({
        model: 'stories260K',
        messages: [
          { role: 'system', content: 'A story.' },
          { role: 'user', content: 'Once upon a time' },
        ],
        tools: [{ type: 'function', function: { name: 'f' } }],
        logprobs: true,
        top_logprobs: 3,
        stream: true,
      }),
      { chatTemplate: false },
    );
    expect(plan.kind).toBe('completion');
    expect(plan.plainTextChat).toBe(true);
    expect(plan.calls[0]).toEqual({
      prompt: 'A story.\n\nOnce upon a time',
      logprobs: 3,
      stream: true,
    });
  });

  it('runs Complete mode as a raw completion with prompt and suffix', () => {
    const plan = planWllamaRun(
      request(
        {
          model: 'stories260K',
          prompt: 'Once upon a time',
          suffix: ' The end.',
          max_tokens: 20,
          stream: true,
        },
        'complete',
      ),
      { chatTemplate: true },
    );
    expect(plan).toEqual({
      kind: 'completion',
      stream: true,
      plainTextChat: false,
      calls: [{ prompt: 'Once upon a time', suffix: ' The end.', max_tokens: 20, stream: true }],
    });
  });

  it('maps logprobs to each call style', () => {
    const chat = planWllamaRun(request({ ...CHAT, logprobs: true, top_logprobs: 2 }), {
      chatTemplate: true,
    });
    expect(chat.calls[0]).toMatchObject({ logprobs: true, top_logprobs: 2 });
    const raw = planWllamaRun(request({ prompt: 'x', logprobs: 4 }, 'complete'), {
      chatTemplate: true,
    });
    expect(raw.calls[0]).toMatchObject({ logprobs: 4 });
    const off = planWllamaRun(request({ ...CHAT, logprobs: false, top_logprobs: 2 }), {
      chatTemplate: true,
    });
    expect(off.calls[0]).not.toHaveProperty('logprobs');
  });

  it('constrains output with a JSON schema grammar in both call styles', () => {
    const schema = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] };
    const format = { type: 'json_schema', json_schema: { schema } };
    const chat = planWllamaRun(request({ ...CHAT, response_format: format }), {
      chatTemplate: true,
    });
    expect(chat.calls[0]).toMatchObject({
      response_format: { type: 'json_schema', json_schema: { name: 'response', schema } },
    });
    const raw = planWllamaRun(request({ prompt: 'x', response_format: format }, 'complete'), {
      chatTemplate: true,
    });
    expect(raw.calls[0]).toMatchObject({ json_schema: schema });
    expect(raw.calls[0]).not.toHaveProperty('response_format');
    const object = planWllamaRun(
      request({ prompt: 'x', response_format: { type: 'json_object' } }, 'complete'),
      {
        chatTemplate: true,
      },
    );
    expect(object.calls[0]).toMatchObject({ json_schema: { type: 'object' } });
  });

  it('makes n calls for n choices, each with its own seed', () => {
    const plan = planWllamaRun(request({ ...CHAT, n: 3, seed: 10 }), { chatTemplate: true });
    expect(plan.calls.map((c) => c.seed)).toEqual([10, 11, 12]);
    const unseeded = planWllamaRun(request({ ...CHAT, n: 2 }), { chatTemplate: true });
    expect(unseeded.calls.map((c) => c.seed)).toEqual([undefined, undefined]);
    expect(planWllamaRun(request({ ...CHAT, n: 1e6 }), { chatTemplate: true }).calls).toHaveLength(
      MAX_CHOICES,
    );
  });
});

describe('plainTextPrompt', () => {
  it('joins message text with blank lines and skips empty messages', () => {
    expect(
      plainTextPrompt([
        { role: 'user', content: 'One.' },
        { role: 'assistant', content: '' },
        { role: 'user', content: [{ type: 'text', text: 'Two.' }] },
      ]),
    ).toBe('One.\n\nTwo.');
  });
});

describe('readdressChunk', () => {
  it('moves every choice to the given index and leaves usage out', () => {
    const chunk = {
      choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: null, logprobs: null }],
      usage: { prompt_tokens: 3 },
      timings: { predicted_n: 1 },
    };
    expect(readdressChunk(chunk, 2)).toEqual({ choices: [{ index: 2, delta: { content: 'Hi' } }] });
    expect(
      readdressChunk({ choices: [{ index: 0, text: ' there', finish_reason: 'length' }] }, 1),
    ).toEqual({
      choices: [{ index: 1, text: ' there', finish_reason: 'length' }],
    });
  });

  it('keeps the logprobs llama.cpp reports, so the decoder sees them', () => {
    // As wllama streams a text completion asked for `logprobs: 2`.
    const logprobs = {
      content: [
        {
          id: 383,
          token: ' there',
          bytes: [32, 116, 104, 101, 114, 101],
          logprob: -0.07,
          top_logprobs: [
            { id: 383, token: ' there', bytes: [32], logprob: -0.07 },
            { id: 322, token: ' in', bytes: [32], logprob: -2.98 },
          ],
        },
      ],
    };
    const out = readdressChunk(
      { choices: [{ text: ' there', index: 0, logprobs, finish_reason: null }] },
      3,
    );
    expect(out).toEqual({ choices: [{ index: 3, text: ' there', logprobs }] });
  });

  it('copies no inherited or unknown keys', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": 1}, "choices": [{"__proto__": {"x": 1}, "text": "a"}]}',
    );
    const out = readdressChunk(hostile, 0);
    expect(out).toEqual({ choices: [{ index: 0, text: 'a' }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('usage', () => {
  it('reads reported usage, else counts from llama.cpp timings', () => {
    expect(
      usageOf({ usage: { prompt_tokens: 5, completion_tokens: 10, total_tokens: 15 } }),
    ).toEqual({
      inputTokens: 5,
      outputTokens: 10,
      totalTokens: 15,
    });
    expect(usageOf({ timings: { prompt_n: 4, cache_n: 42, predicted_n: 20 } })).toEqual({
      inputTokens: 46,
      outputTokens: 20,
      totalTokens: 66,
    });
    expect(usageOf({ choices: [] })).toBeUndefined();
  });

  it('counts the prompt once and adds up generated tokens over choices', () => {
    const one = { inputTokens: 5, outputTokens: 10, totalTokens: 15 };
    expect(combineUsage([one])).toBe(one);
    expect(combineUsage([one, { inputTokens: 5, outputTokens: 7, totalTokens: 12 }])).toEqual({
      inputTokens: 5,
      outputTokens: 17,
      totalTokens: 22,
    });
    expect(combineUsage([one, undefined])).toEqual({ inputTokens: 5 });
    expect(combineUsage([undefined])).toBeUndefined();
  });
});
