import { describe, expect, it } from 'vitest';
import { modelContext } from './registry';
import { resolveParams } from './resolve';

const chat = modelContext('gpt-4o', undefined, 'openai', 'chat');
const inBrowser = modelContext('stories260K', undefined, 'inbrowser', 'chat');

describe('resolveParams: chat logprobs', () => {
  it('sends logprobs: true and the top count together', () => {
    expect(resolveParams(chat, { logprobs: 'true', top_logprobs: '5' })).toEqual({
      values: { logprobs: true, top_logprobs: 5 },
      errors: {},
    });
    expect(resolveParams(inBrowser, { logprobs: 'true' }).values).toEqual({ logprobs: true });
  });

  it('Top logprobs without Log probabilities on is an error next to it, and is not sent', () => {
    const cases: Record<string, string>[] = [
      { top_logprobs: '3' },
      { logprobs: 'false', top_logprobs: '3' },
    ];
    for (const raw of cases) {
      const resolved = resolveParams(chat, raw);
      expect(resolved.errors).toEqual({
        top_logprobs: 'Top logprobs needs Log probabilities set to true.',
      });
      expect(resolved.values).not.toHaveProperty('top_logprobs');
    }
  });

  it('Top logprobs stays within 0–20', () => {
    expect(resolveParams(chat, { logprobs: 'true', top_logprobs: '0' }).errors).toEqual({});
    expect(resolveParams(chat, { logprobs: 'true', top_logprobs: '21' }).errors).toEqual({
      top_logprobs: 'Top logprobs must be between 0 and 20.',
    });
  });

  it('Complete mode on an OpenAI-compatible API keeps the 0–5 count', () => {
    const complete = modelContext('gpt-3.5-turbo-instruct', undefined, 'openai', 'complete');
    expect(resolveParams(complete, { logprobs: '3' }).values).toEqual({ logprobs: 3 });
    expect(resolveParams(complete, { logprobs: '3', top_logprobs: '2' }).values).toEqual({
      logprobs: 3,
    });
  });
});
