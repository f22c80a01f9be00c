import { describe, expect, it } from 'vitest';
import type { ModelInfo } from '../types';
import { withCatalogue } from './withCatalogue';

function info(id: string, extra: Partial<ModelInfo> = {}): ModelInfo {
  return { id, status: 'active', resources: [], factSource: 'none', ...extra };
}

describe('withCatalogue', () => {
  it('fills every fact from the catalogue when the API gave none', () => {
    expect(withCatalogue(info('gpt-4o-2024-08-06', { resources: ['tools'] }))).toEqual({
      id: 'gpt-4o-2024-08-06',
      status: 'active',
      resources: ['tools'],
      contextWindow: 128000,
      maxOutputTokens: 16384,
      inputPrice: 2.5,
      outputPrice: 10,
      factSource: 'catalogue',
    });
  });

  it('lets API facts win and fills the rest: mixed', () => {
    const merged = withCatalogue(
      info('qwen-2.5-7b-instruct', {
        contextWindow: 32768,
        maxOutputTokens: 8192,
        inputPrice: 0.3,
        outputPrice: 0.6,
        factSource: 'api',
      }),
    );
    // The catalogue says 131072, the API says 32768: the API wins, nothing is filled.
    expect(merged.contextWindow).toBe(32768);
    expect(merged.factSource).toBe('api');

    const partial = withCatalogue(info('gpt-4o', { inputPrice: 2, factSource: 'api' }));
    expect(partial).toMatchObject({
      inputPrice: 2,
      outputPrice: 10,
      contextWindow: 128000,
      factSource: 'mixed',
    });
  });

  it('keeps an API price of 0 rather than the catalogue price', () => {
    const merged = withCatalogue(
      info('gpt-4o', { inputPrice: 0, outputPrice: 0, factSource: 'api' }),
    );
    expect(merged).toMatchObject({ inputPrice: 0, outputPrice: 0, factSource: 'mixed' });
  });

  it('keeps the API reasoning flag over the catalogue', () => {
    expect(withCatalogue(info('o3-mini', { reasoning: false })).reasoning).toBe(false);
    expect(withCatalogue(info('o3-mini')).reasoning).toBe(true);
  });

  it('leaves an unknown model unknown: no invented facts', () => {
    const model = info('acme-llm-7', { resources: ['tools'] });
    const merged = withCatalogue(model);
    expect(merged).toEqual(model);
    expect(merged.contextWindow).toBeUndefined();
    expect(merged.inputPrice).toBeUndefined();
    expect(merged.factSource).toBe('none');
  });

  it('open-weights models get a context window but no price', () => {
    const merged = withCatalogue(info('llama-3.3-70b-versatile'));
    expect(merged.contextWindow).toBe(131072);
    expect(merged.inputPrice).toBeUndefined();
    expect(merged.outputPrice).toBeUndefined();
    expect(merged.factSource).toBe('catalogue');
  });

  it('does not change its input', () => {
    const model = info('gpt-4o');
    withCatalogue(model);
    expect(model).toEqual(info('gpt-4o'));
  });
});
