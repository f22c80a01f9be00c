import { describe, expect, it } from 'vitest';
import { catalogueFacts } from './catalogue';

describe('catalogueFacts: longest-prefix matching', () => {
  it('gpt-4o-mini beats gpt-4o', () => {
    expect(catalogueFacts('gpt-4o-mini')?.inputPrice).toBe(0.15);
    expect(catalogueFacts('gpt-4o')?.inputPrice).toBe(2.5);
  });

  it.each([
    ['gpt-4o-2024-08-06', 2.5],
    ['gpt-4o-mini-2024-07-18', 0.15],
    ['gpt-4.1-mini-2025-04-14', 0.4],
    ['gpt-4.1-2025-04-14', 2],
    ['o3-mini-2025-01-31', 1.1],
    ['claude-sonnet-4-20250514', 3],
    ['claude-opus-4-5-20251101', 5],
    ['claude-opus-4-20250514', 15],
  ])('matches the dated snapshot %s', (id, inputPrice) => {
    expect(catalogueFacts(id)?.inputPrice).toBe(inputPrice);
  });

  it('o3-mini beats o3, and o3 matches itself', () => {
    expect(catalogueFacts('o3-mini')?.inputPrice).toBe(1.1);
    expect(catalogueFacts('o3')?.inputPrice).toBe(2);
  });

  it('matches a provider-prefixed, differently cased id', () => {
    expect(catalogueFacts('openai/GPT-4o-Mini')).toEqual(catalogueFacts('gpt-4o-mini'));
    expect(catalogueFacts('meta-llama/Llama-3.3-70B-Instruct')?.contextWindow).toBe(131072);
  });

  it('only matches at a "-" boundary', () => {
    expect(catalogueFacts('o30')).toBeUndefined();
    expect(catalogueFacts('gpt-4omni')).toBeUndefined();
    expect(catalogueFacts('o3mini')).toBeUndefined();
  });

  it.each(['my-model', 'gpt-4', 'mistral-large', '', 'o'])('knows nothing of %j', (id) => {
    expect(catalogueFacts(id)).toBeUndefined();
  });

  it('lists only the context window for open-weights models (no invented price)', () => {
    expect(catalogueFacts('llama-3.3-70b-versatile')).toEqual({ contextWindow: 131072 });
    expect(catalogueFacts('qwen-2.5-7b-instruct')).toEqual({ contextWindow: 131072 });
  });

  it('marks the reasoning models', () => {
    for (const id of ['o1', 'o3', 'o3-mini', 'o4-mini', 'gpt-5', 'gpt-5-mini'])
      expect(catalogueFacts(id)?.reasoning).toBe(true);
    expect(catalogueFacts('gpt-4o')?.reasoning).toBeUndefined();
  });

  it('does not claim gpt-5-chat reasons (it is the non-reasoning chat tune)', () => {
    expect(catalogueFacts('gpt-5-chat-latest')?.reasoning).not.toBe(true);
    expect(catalogueFacts('gpt-5-chat')?.reasoning).not.toBe(true);
  });
});
