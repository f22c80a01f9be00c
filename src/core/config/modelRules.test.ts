import { describe, expect, it } from 'vitest';
import { globToRegExp, hasModelRules, isModelAllowed, matchesGlob } from './modelRules';

describe('matchesGlob', () => {
  it('matches exact ids, ignoring case', () => {
    expect(matchesGlob('gpt-4o', 'gpt-4o')).toBe(true);
    expect(matchesGlob('GPT-4o', 'gpt-4o')).toBe(true);
    expect(matchesGlob('gpt-4o-mini', 'gpt-4o')).toBe(false);
  });

  it('* stands for any run of characters, ? for one', () => {
    expect(matchesGlob('gpt-4o-mini', 'gpt-4o*')).toBe(true);
    expect(matchesGlob('gpt-4o', 'gpt-4o*')).toBe(true);
    expect(matchesGlob('openai/gpt-4o', '*/gpt-4o')).toBe(true);
    expect(matchesGlob('o1', 'o?')).toBe(true);
    expect(matchesGlob('o10', 'o?')).toBe(false);
  });

  it('treats regular-expression characters as themselves', () => {
    expect(matchesGlob('llama-3.1-8b', 'llama-3.1-8b')).toBe(true);
    expect(matchesGlob('llama-3x1-8b', 'llama-3.1-8b')).toBe(false);
    expect(matchesGlob('a+b', 'a+b')).toBe(true);
    expect(matchesGlob('(x)', '(x)')).toBe(true);
    expect(() => globToRegExp('[unclosed')).not.toThrow();
  });
});

describe('isModelAllowed', () => {
  it('allows everything without rules', () => {
    expect(isModelAllowed('anything', {})).toBe(true);
    expect(hasModelRules({})).toBe(false);
  });

  it('an allow-list admits only what it matches', () => {
    const rules = { allow: ['gpt-4o*', 'claude-3-5-sonnet'] };
    expect(isModelAllowed('gpt-4o-mini', rules)).toBe(true);
    expect(isModelAllowed('claude-3-5-sonnet', rules)).toBe(true);
    expect(isModelAllowed('o1', rules)).toBe(false);
    expect(hasModelRules(rules)).toBe(true);
  });

  it('the deny-list wins over the allow-list', () => {
    const rules = { allow: ['gpt-*'], deny: ['*-preview', 'gpt-4'] };
    expect(isModelAllowed('gpt-4o', rules)).toBe(true);
    expect(isModelAllowed('gpt-4o-audio-preview', rules)).toBe(false);
    expect(isModelAllowed('gpt-4', rules)).toBe(false);
    expect(isModelAllowed('gpt-4-turbo', rules)).toBe(true);
  });
});
