import { describe, expect, it } from 'vitest';
import { sippulse } from './sippulse';

// The seed's models response (GET /v1/llms/models), as the fixture server sends it.
const SEED = [
  {
    name: 'gpt-4o',
    status: 'active',
    execution_type: 'cloud',
    resources: ['tools', 'json_schema'],
  },
  { name: 'o3-mini', status: 'active', execution_type: 'cloud', resources: ['tools'] },
  {
    name: 'qwen-2.5-7b-instruct',
    status: 'active',
    execution_type: 'cloud',
    resources: [],
    context_window: 32768,
    input_price: 0.3,
    output_price: 0.6,
    max_output_tokens: 8192,
  },
  { name: 'gpt-3.5-turbo', status: 'deprecated', execution_type: 'cloud', resources: [] },
  { name: 'old-model-x', status: 'inactive', execution_type: 'cloud', resources: [] },
];

describe('sippulse.parseModels', () => {
  it("reads the seed's array shape", () => {
    const models = sippulse.parseModels(SEED);
    expect(models.map((m) => [m.id, m.status])).toEqual([
      ['gpt-4o', 'active'],
      ['o3-mini', 'active'],
      ['qwen-2.5-7b-instruct', 'active'],
      ['gpt-3.5-turbo', 'deprecated'],
      ['old-model-x', 'inactive'],
    ]);
    expect(models[0]).toEqual({
      id: 'gpt-4o',
      status: 'active',
      executionType: 'cloud',
      resources: ['tools', 'json_schema'],
      contextWindow: undefined,
      maxOutputTokens: undefined,
      inputPrice: undefined,
      outputPrice: undefined,
      reasoning: undefined,
      factSource: 'none',
    });
  });

  it('reads the extra fact fields and marks them as API facts', () => {
    const qwen = sippulse.parseModels(SEED)[2];
    expect(qwen).toMatchObject({
      id: 'qwen-2.5-7b-instruct',
      contextWindow: 32768,
      maxOutputTokens: 8192,
      inputPrice: 0.3,
      outputPrice: 0.6,
      factSource: 'api',
    });
  });

  it('reads {data: [...]} the same as a bare array', () => {
    expect(sippulse.parseModels({ data: SEED })).toEqual(sippulse.parseModels(SEED));
  });

  it('reads plain strings as active models without facts', () => {
    expect(sippulse.parseModels(['gpt-4o', 'llama-3.3-70b'])).toEqual([
      { id: 'gpt-4o', status: 'active', resources: [], factSource: 'none' },
      { id: 'llama-3.3-70b', status: 'active', resources: [], factSource: 'none' },
    ]);
  });

  it.each([undefined, 'retired', 'ACTIVE', 42, null])('treats status %j as active', (status) => {
    const [model] = sippulse.parseModels([{ name: 'm', status }]);
    expect(model?.status).toBe('active');
  });

  it('reads pricing {input, output}', () => {
    const [model] = sippulse.parseModels([{ name: 'm', pricing: { input: 1.25, output: 10 } }]);
    expect(model).toMatchObject({ inputPrice: 1.25, outputPrice: 10, factSource: 'api' });
  });

  it('prefers flat prices over the pricing object', () => {
    const [model] = sippulse.parseModels([
      { name: 'm', input_price: 2, output_price: 8, pricing: { input: 99, output: 99 } },
    ]);
    expect(model).toMatchObject({ inputPrice: 2, outputPrice: 8 });
  });

  it('keeps a price of 0 (free model) as a fact', () => {
    const [model] = sippulse.parseModels([{ name: 'free', input_price: 0, output_price: 0 }]);
    expect(model).toMatchObject({ inputPrice: 0, outputPrice: 0, factSource: 'api' });
  });

  it('reads numeric strings but ignores non-numbers', () => {
    const [model] = sippulse.parseModels([
      { name: 'm', context_window: '131072', max_output_tokens: 'lots', input_price: null },
    ]);
    expect(model?.contextWindow).toBe(131072);
    expect(model?.maxOutputTokens).toBeUndefined();
    expect(model?.inputPrice).toBeUndefined();
  });

  it("sets factSource 'api' only when the API gave a fact", () => {
    const [plain, withFact] = sippulse.parseModels([
      { name: 'plain', resources: ['tools'], execution_type: 'cloud' },
      { name: 'fact', context_window: 8000 },
    ]);
    expect(plain?.factSource).toBe('none');
    expect(withFact?.factSource).toBe('api');
  });

  it('reads the reasoning flag or resource', () => {
    const [a, b, c] = sippulse.parseModels([
      { name: 'a', reasoning: true },
      { name: 'b', resources: ['reasoning'] },
      { name: 'c' },
    ]);
    expect(a?.reasoning).toBe(true);
    expect(b?.reasoning).toBe(true);
    expect(c?.reasoning).toBeUndefined();
  });

  it('keeps only string resources', () => {
    const [model] = sippulse.parseModels([{ name: 'm', resources: ['tools', 3, null, 'vision'] }]);
    expect(model?.resources).toEqual(['tools', 'vision']);
  });

  it('drops duplicates, keeping the first', () => {
    const models = sippulse.parseModels([
      { name: 'gpt-4o', status: 'active' },
      'gpt-4o',
      { name: 'gpt-4o', status: 'inactive' },
      { name: 'o3' },
    ]);
    expect(models.map((m) => m.id)).toEqual(['gpt-4o', 'o3']);
    expect(models[0]?.status).toBe('active');
  });

  it('skips entries without a name', () => {
    const models = sippulse.parseModels([null, 3, [], {}, { name: '' }, { status: 'active' }, 'x']);
    expect(models.map((m) => m.id)).toEqual(['x']);
  });

  it.each([null, undefined, 'gpt-4o', 42, {}, { data: 'x' }, { data: { a: 1 } }])(
    'throws on the non-list %j',
    (json) => {
      expect(() => sippulse.parseModels(json)).toThrow(/not a list/);
    },
  );

  it('a __proto__ key in the JSON pollutes nothing', () => {
    const json: unknown = JSON.parse(
      '{"__proto__":{"polluted":"top"},"data":[' +
        '{"__proto__":{"polluted":"model","status":"inactive","context_window":1},"name":"m",' +
        '"pricing":{"__proto__":{"input":5},"polluted":"pricing"}},' +
        '{"name":"__proto__"}]}',
    );
    const models = sippulse.parseModels(json);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(models.map((m) => m.id)).toEqual(['m', '__proto__']);
    const [m] = models;
    expect(m?.status).toBe('active');
    expect(m?.contextWindow).toBeUndefined();
    expect(m?.inputPrice).toBeUndefined();
    expect(m?.factSource).toBe('none');
    expect(m).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
  });
});

describe('sippulse dialect URLs', () => {
  it('builds the models, completion and SDK URLs from the base', () => {
    expect(sippulse.modelsUrl('https://api.sippulse.ai/')).toBe(
      'https://api.sippulse.ai/v1/llms/models',
    );
    expect(sippulse.completionUrl('https://api.sippulse.ai')).toBe(
      'https://api.sippulse.ai/v1/llms/completion',
    );
    expect(sippulse.sdkBaseUrl('https://api.sippulse.ai//')).toBe(
      'https://api.sippulse.ai/v1/openai',
    );
  });
});
