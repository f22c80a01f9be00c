import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../types';
import { buildRequest, type ChatInput } from './buildRequest';

function input(overrides: Partial<ChatInput> = {}): ChatInput {
  return {
    connection: { provider: 'sippulse', baseUrl: 'https://api.sippulse.ai' },
    model: 'gpt-4o-mini',
    system: '',
    messages: [{ role: 'user', content: 'Hello' }],
    params: {},
    stream: true,
    ...overrides,
  };
}

function allKeys(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) allKeys(v, out);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      allKeys(v, out);
    }
  return out;
}

describe('buildRequest: SipPulse', () => {
  it('posts to {base}/v1/llms/completion', () => {
    const req = buildRequest(input());
    expect(req.method).toBe('POST');
    expect(req.provider).toBe('sippulse');
    expect(req.url).toBe('https://api.sippulse.ai/v1/llms/completion');
  });

  it.each([
    ['https://api.sippulse.ai/', 'https://api.sippulse.ai/v1/llms/completion'],
    ['https://api.sippulse.ai///', 'https://api.sippulse.ai/v1/llms/completion'],
    ['  https://api.sippulse.ai/  ', 'https://api.sippulse.ai/v1/llms/completion'],
    ['http://localhost:8080/proxy/', 'http://localhost:8080/proxy/v1/llms/completion'],
  ])('handles the base %j', (baseUrl, url) => {
    expect(buildRequest(input({ connection: { provider: 'sippulse', baseUrl } })).url).toBe(url);
  });

  it('sends the key in the api-key header read from SIPPULSE_API_KEY', () => {
    const req = buildRequest(input());
    expect(req.auth).toEqual({ header: 'api-key', prefix: '', envVar: 'SIPPULSE_API_KEY' });
  });

  it('carries no key anywhere in the request', () => {
    const req = buildRequest(input({ params: { temperature: 0.2 } }));
    expect(req.headers).toEqual({ 'Content-Type': 'application/json' });
    const keys = allKeys(req).map((k) => k.toLowerCase());
    expect(keys).not.toContain('api-key');
    expect(keys).not.toContain('apikey');
    expect(keys).not.toContain('authorization');
  });

  it('is JSON content', () => {
    expect(buildRequest(input()).headers['Content-Type']).toBe('application/json');
  });
});

describe('buildRequest: body', () => {
  it('puts a non-blank system prompt first, unchanged', () => {
    const req = buildRequest(input({ system: '  Be brief.\n' }));
    expect(req.body.messages).toEqual([
      { role: 'system', content: '  Be brief.\n' },
      { role: 'user', content: 'Hello' },
    ]);
  });

  it.each(['', '   ', '\n\t '])('leaves out the blank system prompt %j', (system) => {
    const req = buildRequest(input({ system }));
    expect(req.body.messages).toEqual([{ role: 'user', content: 'Hello' }]);
  });

  it('does not change the caller’s messages', () => {
    const messages: ChatMessage[] = [{ role: 'user', content: 'Hi' }];
    buildRequest(input({ system: 'S', messages }));
    expect(messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });

  it('spreads the parameters into the body', () => {
    const req = buildRequest(
      input({ params: { temperature: 0.3, max_tokens: 100, stop: ['END'] }, stream: false }),
    );
    expect(req.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello' }],
      temperature: 0.3,
      max_tokens: 100,
      stop: ['END'],
      stream: false,
    });
    expect(req.stream).toBe(false);
  });

  it('orders the body model, messages, parameters, stream', () => {
    const req = buildRequest(input({ params: { temperature: 0.3, top_p: 0.9 } }));
    expect(Object.keys(req.body)).toEqual(['model', 'messages', 'temperature', 'top_p', 'stream']);
  });

  it('a parameter named model, messages or stream cannot override the fixed keys', () => {
    const req = buildRequest(
      input({
        stream: true,
        params: { model: 'evil', messages: [], stream: false, temperature: 1 },
      }),
    );
    expect(req.body.model).toBe('gpt-4o-mini');
    expect(req.body.messages).toEqual([{ role: 'user', content: 'Hello' }]);
    expect(req.body.stream).toBe(true);
    expect(req.stream).toBe(true);
    expect(req.body.temperature).toBe(1);
  });

  it('keeps stream in the body for non-streaming requests', () => {
    const req = buildRequest(input({ stream: false }));
    expect(req.body.stream).toBe(false);
  });
});

describe('buildRequest: Complete mode', () => {
  const complete = {
    mode: 'complete' as const,
    connection: { provider: 'openai' as const, baseUrl: 'http://localhost:11434/v1/' },
    model: 'llama3',
    prompt: 'Once upon a time',
    suffix: '',
    params: { temperature: 0.5, n: 2 },
    stream: true,
  };

  it('posts the prompt to /completions with the parameters, and no messages', () => {
    const req = buildRequest(complete);
    expect(req.mode).toBe('complete');
    expect(req.url).toBe('http://localhost:11434/v1/completions');
    expect(req.body).toEqual({
      model: 'llama3',
      prompt: 'Once upon a time',
      temperature: 0.5,
      n: 2,
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('sends the suffix only when there is one', () => {
    expect(buildRequest({ ...complete, suffix: ' The end.' }).body).toMatchObject({
      suffix: ' The end.',
    });
    expect(buildRequest(complete).body).not.toHaveProperty('suffix');
  });

  it('a parameter named prompt or model cannot override them', () => {
    const req = buildRequest({
      ...complete,
      params: { prompt: 'evil', model: 'x', stream: false },
    });
    expect(req.body).toMatchObject({ prompt: 'Once upon a time', model: 'llama3', stream: true });
  });

  it('refuses Complete mode where the API has no text completion', () => {
    expect(() =>
      buildRequest({ ...complete, connection: { provider: 'sippulse', baseUrl: 'https://x' } }),
    ).toThrow(/no text completion/);
  });
});

describe('buildRequest: extras from other features', () => {
  it('adds them after the parameters, and the fixed keys still win', () => {
    const req = buildRequest(
      input({
        params: { temperature: 0 },
        extras: { tools: [{ type: 'function' }], tool_choice: 'auto', model: 'x', stream: false },
      }),
    );
    expect(req.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello' }],
      temperature: 0,
      tools: [{ type: 'function' }],
      tool_choice: 'auto',
      stream: true,
    });
  });
});
