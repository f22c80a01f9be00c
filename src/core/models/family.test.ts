import { describe, expect, it } from 'vitest';
import { bareModelName, familyOf, isReasoningFamily, type ModelFamily } from './family';

describe('bareModelName', () => {
  it('drops the provider prefix and lowercases', () => {
    expect(bareModelName('openai/O3-Mini')).toBe('o3-mini');
    expect(bareModelName('a/b/Llama-3')).toBe('llama-3');
    expect(bareModelName('gpt-4o')).toBe('gpt-4o');
  });
});

describe('familyOf', () => {
  it.each<[string, ModelFamily]>([
    ['o1', 'openai-reasoning'],
    ['o1-mini', 'openai-reasoning'],
    ['o3', 'openai-reasoning'],
    ['o3-mini-2025-01-31', 'openai-reasoning'],
    ['o4-mini', 'openai-reasoning'],
    ['openai/o3-mini', 'openai-reasoning'],
    ['gpt-5', 'gpt-5'],
    ['gpt-5-mini', 'gpt-5'],
    ['gpt-5-nano-2025-08-07', 'gpt-5'],
    ['gpt-5-chat', 'openai'],
    ['gpt-5-chat-latest', 'openai'],
    ['gpt-4o', 'openai'],
    ['gpt-4.1-mini', 'openai'],
    ['gpt-3.5-turbo', 'openai'],
    ['chatgpt-4o-latest', 'openai'],
    ['claude-sonnet-4-20250514', 'claude'],
    ['anthropic/claude-3-5-haiku', 'claude'],
    ['gemini-2.5-flash', 'gemini'],
    ['google/gemini-2.0-flash', 'gemini'],
    ['llama-3.3-70b-versatile', 'open-weights'],
    ['meta-llama/Llama-3.1-8B-Instruct', 'open-weights'],
    ['qwen-2.5-7b-instruct', 'open-weights'],
    ['deepseek-chat', 'open-weights'],
    ['mistral-small', 'open-weights'],
    ['old-model-x', 'unknown'],
    ['omni', 'unknown'],
    ['o', 'unknown'],
    ['', 'unknown'],
  ])('%s is %s', (id, family) => {
    expect(familyOf(id)).toBe(family);
  });
});

describe('isReasoningFamily', () => {
  it('is true only for the o-series and gpt-5', () => {
    expect(isReasoningFamily('openai-reasoning')).toBe(true);
    expect(isReasoningFamily('gpt-5')).toBe(true);
    for (const f of ['openai', 'claude', 'gemini', 'open-weights', 'unknown'] as const)
      expect(isReasoningFamily(f)).toBe(false);
  });
});
