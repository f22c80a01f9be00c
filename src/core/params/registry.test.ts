import { describe, expect, it } from 'vitest';
import { withCatalogue } from '../models/withCatalogue';
import type { ModelInfo } from '../types';
import { isReasoningModel, modelContext, paramsFor, specMax, type NumberSpec } from './registry';

function info(id: string, extra: Partial<ModelInfo> = {}): ModelInfo {
  return { id, status: 'active', resources: [], factSource: 'none', ...extra };
}

function keysFor(id: string, modelInfo?: ModelInfo): string[] {
  return paramsFor(modelContext(id, modelInfo)).map((spec) => spec.key);
}

function effortOptions(id: string, modelInfo?: ModelInfo): readonly string[] {
  const ctx = modelContext(id, modelInfo);
  const spec = paramsFor(ctx).find((s) => s.key === 'reasoning_effort');
  if (spec?.control !== 'select') throw new Error(`${id} has no reasoning effort select`);
  return spec.options(ctx);
}

const SAMPLING_ONLY = [
  'temperature',
  'top_p',
  'top_k',
  'frequency_penalty',
  'presence_penalty',
  'stop',
  'seed',
];

describe('paramsFor: reasoning models', () => {
  it.each(['o1', 'o3', 'o3-mini', 'o4-mini', 'o1-mini', 'gpt-5', 'gpt-5-mini', 'gpt-5-nano'])(
    '%s gets reasoning_effort and max_tokens but no sampling parameters',
    (id) => {
      const keys = keysFor(id);
      expect(keys).toContain('reasoning_effort');
      expect(keys).toContain('max_tokens');
      for (const key of SAMPLING_ONLY) expect(keys).not.toContain(key);
    },
  );

  it('offers "minimal" effort to the gpt-5 family only', () => {
    expect(effortOptions('gpt-5')).toEqual(['minimal', 'low', 'medium', 'high']);
    expect(effortOptions('gpt-5-mini')).toContain('minimal');
    for (const id of ['o1', 'o3', 'o3-mini', 'o4-mini']) {
      expect(effortOptions(id)).toEqual(['low', 'medium', 'high']);
    }
  });

  it('treats a model the API marks reasoning: true as a reasoning model', () => {
    const marked = info('my-thinking-model', { reasoning: true });
    expect(isReasoningModel(modelContext(marked.id, marked))).toBe(true);
    const keys = keysFor(marked.id, marked);
    expect(keys).toContain('reasoning_effort');
    expect(keys).not.toContain('temperature');
    expect(keys).not.toContain('stop');
    expect(effortOptions(marked.id, marked)).toEqual(['low', 'medium', 'high']);
  });

  it('does not treat an unmarked unknown model as reasoning', () => {
    const plain = info('my-model');
    expect(isReasoningModel(modelContext(plain.id, plain))).toBe(false);
    expect(keysFor(plain.id, plain)).not.toContain('reasoning_effort');
  });

  it('gpt-5-chat is a chat model: sampling parameters, no reasoning effort', () => {
    for (const id of ['gpt-5-chat', 'gpt-5-chat-latest']) {
      const keys = keysFor(id);
      expect(keys).not.toContain('reasoning_effort');
      expect(keys).toContain('temperature');
      expect(keys).toContain('top_p');
    }
  });

  it('gpt-5-chat stays a chat model once the models list is merged with the catalogue', () => {
    // The app passes withCatalogue(info) to modelContext (see useModels).
    for (const id of ['gpt-5-chat', 'gpt-5-chat-latest']) {
      const merged = withCatalogue(info(id));
      const keys = keysFor(id, merged);
      expect(keys).not.toContain('reasoning_effort');
      expect(keys).toContain('temperature');
    }
  });

  it('provider-prefixed ids behave like bare ones', () => {
    expect(keysFor('openai/o3-mini')).toEqual(keysFor('o3-mini'));
    expect(effortOptions('openai/gpt-5')).toContain('minimal');
    expect(keysFor('anthropic/claude-sonnet-4')).toEqual(keysFor('claude-sonnet-4'));
    expect(keysFor('meta-llama/Llama-3.3-70B-Instruct')).toContain('top_k');
  });
});

describe('paramsFor: chat models', () => {
  it.each(['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'openai/gpt-4.1-mini'])(
    '%s gets the OpenAI sampling set without top_k or reasoning effort',
    (id) => {
      const keys = keysFor(id);
      for (const key of [
        'temperature',
        'top_p',
        'max_tokens',
        'frequency_penalty',
        'presence_penalty',
        'stop',
        'seed',
      ])
        expect(keys).toContain(key);
      expect(keys).not.toContain('top_k');
      expect(keys).not.toContain('reasoning_effort');
    },
  );

  it('claude gets top_k but no penalties and no seed', () => {
    const keys = keysFor('claude-sonnet-4-20250514');
    expect(keys).toEqual(expect.arrayContaining(['temperature', 'top_p', 'top_k', 'max_tokens']));
    expect(keys).toContain('stop');
    expect(keys).not.toContain('frequency_penalty');
    expect(keys).not.toContain('presence_penalty');
    expect(keys).not.toContain('seed');
    expect(keys).not.toContain('reasoning_effort');
  });

  it.each(['llama-3.3-70b-versatile', 'qwen-2.5-7b-instruct', 'gemini-2.5-flash'])(
    '%s gets top_k',
    (id) => {
      const keys = keysFor(id);
      expect(keys).toContain('top_k');
      expect(keys).toContain('temperature');
      expect(keys).not.toContain('reasoning_effort');
    },
  );

  it('an unknown model gets the common set but not the provider-specific top_k', () => {
    const keys = keysFor('some-new-model');
    expect(keys).toContain('temperature');
    expect(keys).toContain('max_tokens');
    expect(keys).not.toContain('top_k');
  });
});

describe('specMax', () => {
  function maxTokens(modelInfo?: ModelInfo): number {
    const ctx = modelContext('gpt-4o', modelInfo);
    const spec = paramsFor(ctx).find((s): s is NumberSpec => s.key === 'max_tokens');
    if (!spec) throw new Error('no max_tokens');
    return specMax(spec, ctx);
  }

  it("bounds max_tokens by the model's maxOutputTokens, else 128000", () => {
    expect(maxTokens(info('gpt-4o', { maxOutputTokens: 16384 }))).toBe(16384);
    expect(maxTokens(info('gpt-4o'))).toBe(128000);
    expect(maxTokens()).toBe(128000);
  });
});

describe('parameters by provider and mode', () => {
  const keys = (
    id: string,
    provider: 'sippulse' | 'openai' | 'inbrowser',
    mode: 'chat' | 'complete' = 'chat',
  ) => paramsFor(modelContext(id, undefined, provider, mode)).map((s) => s.key);
  const spec = (
    id: string,
    provider: 'sippulse' | 'openai' | 'inbrowser',
    mode: 'chat' | 'complete',
    key: string,
  ) => paramsFor(modelContext(id, undefined, provider, mode)).find((s) => s.key === key);

  it('the in-browser engine offers what llama.cpp samples with', () => {
    expect(keys('stories260K', 'inbrowser')).toEqual([
      'temperature',
      'top_p',
      'top_k',
      'max_tokens',
      'frequency_penalty',
      'presence_penalty',
      'stop',
      'seed',
      'min_p',
      'repeat_penalty',
      'n',
      'logprobs',
      'top_logprobs',
    ]);
  });

  it('SipPulse does not offer n (the seed has no such field); OpenAI-compatible APIs do', () => {
    expect(keys('gpt-4o', 'sippulse')).not.toContain('n');
    expect(keys('gpt-4o', 'openai')).toContain('n');
  });

  it('the /completions extras appear only in Complete mode on an OpenAI-compatible API', () => {
    const extras = ['best_of', 'echo'];
    expect(keys('gpt-3.5-turbo-instruct', 'openai', 'complete')).toEqual(
      expect.arrayContaining([...extras, 'logprobs']),
    );
    expect(spec('gpt-3.5-turbo-instruct', 'openai', 'complete', 'logprobs')?.control).toBe(
      'number',
    );
    for (const key of extras) {
      expect(keys('gpt-3.5-turbo-instruct', 'openai', 'chat')).not.toContain(key);
      expect(keys('stories260K', 'inbrowser', 'complete')).not.toContain(key);
    }
  });

  it('chat logprobs are a true/false choice plus Top logprobs 0–20, where the model takes them', () => {
    for (const [id, provider, mode] of [
      ['gpt-4o', 'openai', 'chat'],
      ['llama-3.3-70b-versatile', 'openai', 'chat'],
      ['stories260K', 'inbrowser', 'chat'],
      ['stories260K', 'inbrowser', 'complete'],
    ] as const) {
      const logprobs = spec(id, provider, mode, 'logprobs');
      expect(logprobs?.control, `${id} ${provider} ${mode}`).toBe('select');
      if (logprobs?.control !== 'select') continue;
      expect(logprobs.label).toBe('Log probabilities');
      expect(logprobs.toWire?.('true')).toBe(true);
      const top = spec(id, provider, mode, 'top_logprobs');
      expect(top).toMatchObject({ label: 'Top logprobs', min: 0, max: 20, integer: true });
    }
  });

  it('no logprobs for reasoning models, Claude, or SipPulse’s own endpoint', () => {
    for (const [id, provider] of [
      ['o3-mini', 'openai'],
      ['gpt-5-mini', 'openai'],
      ['claude-sonnet-4', 'openai'],
      ['gpt-4o', 'sippulse'],
    ] as const) {
      expect(keys(id, provider)).not.toContain('logprobs');
      expect(keys(id, provider)).not.toContain('top_logprobs');
    }
  });

  it('no context is offered two parameters with the same wire name', () => {
    for (const provider of ['sippulse', 'openai', 'inbrowser'] as const) {
      for (const mode of ['chat', 'complete'] as const) {
        for (const id of ['gpt-4o', 'gpt-3.5-turbo-instruct', 'o3-mini', 'stories260K']) {
          const list = keys(id, provider, mode);
          expect(new Set(list).size, `${id} ${provider} ${mode}`).toBe(list.length);
        }
      }
    }
  });

  it('min_p and repeat_penalty are llama.cpp-only', () => {
    expect(keys('llama-3.3-70b-versatile', 'openai')).not.toContain('min_p');
    expect(keys('llama-3.3-70b-versatile', 'openai')).not.toContain('repeat_penalty');
  });
});
