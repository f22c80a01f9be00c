import { describe, expect, it } from 'vitest';
import { connectionNeedsKey, networkHintFor } from './connectionRules';

describe('connectionNeedsKey', () => {
  it.each([
    [{ provider: 'inbrowser', preset: 'inbrowser' }, false],
    [{ provider: 'sippulse', preset: 'sippulse' }, true],
    [{ provider: 'openai', preset: 'openai' }, true],
    [{ provider: 'openai', preset: 'openrouter' }, true],
    [{ provider: 'openai', preset: 'ollama' }, false],
    [{ provider: 'openai', preset: 'lmstudio' }, false],
    [{ provider: 'openai', preset: 'custom' }, false],
    [{ provider: 'openai', preset: 'no-such-preset' }, false],
  ] as const)('%j → %s', (connection, expected) => {
    expect(connectionNeedsKey(connection)).toBe(expected);
  });
});

describe('networkHintFor', () => {
  it("tells Ollama users to allow this page's origin", () => {
    const hint = networkHintFor({ provider: 'openai', preset: 'ollama' }, 'https://play.example');
    expect(hint).toContain('OLLAMA_ORIGINS');
    expect(hint).toContain('https://play.example');
  });

  it('has nothing specific for an unknown preset', () => {
    expect(networkHintFor({ provider: 'openai', preset: 'mystery' }, 'x')).toBeUndefined();
  });
});
