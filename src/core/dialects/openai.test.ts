import { describe, expect, it } from 'vitest';
import { dialectFor } from './index';
import { openai } from './openai';

// Models responses as the servers send them (trimmed to the fields that matter).
const OPENAI_MODELS = {
  object: 'list',
  data: [
    { id: 'gpt-4o', object: 'model', created: 1715367049, owned_by: 'system' },
    { id: 'o3-mini', object: 'model', created: 1737146383, owned_by: 'system' },
  ],
};

const OPENROUTER_MODELS = {
  data: [
    {
      id: 'anthropic/claude-3.7-sonnet',
      canonical_slug: 'anthropic/claude-3-7-sonnet-20250219',
      name: 'Anthropic: Claude 3.7 Sonnet',
      created: 1740422110,
      context_length: 200000,
      architecture: { modality: 'text+image->text', tokenizer: 'Claude' },
      pricing: { prompt: '0.000003', completion: '0.000015', request: '0', image: '0.0048' },
      top_provider: { context_length: 200000, max_completion_tokens: 64000, is_moderated: true },
      supported_parameters: [
        'include_reasoning',
        'max_tokens',
        'reasoning',
        'stop',
        'temperature',
        'tool_choice',
        'tools',
        'top_p',
      ],
    },
    {
      id: 'openai/gpt-4o-mini',
      name: 'OpenAI: GPT-4o-mini',
      context_length: 128000,
      pricing: { prompt: '0.00000015', completion: '0.0000006' },
      top_provider: { context_length: 128000, max_completion_tokens: 16384 },
      supported_parameters: ['max_tokens', 'response_format', 'structured_outputs', 'tools'],
    },
    {
      id: 'meta-llama/llama-3.3-70b-instruct:free',
      name: 'Meta: Llama 3.3 70B Instruct (free)',
      context_length: 131072,
      pricing: { prompt: '0', completion: '0' },
      top_provider: { context_length: 131072, max_completion_tokens: null },
      supported_parameters: ['max_tokens', 'temperature'],
    },
    {
      id: 'openrouter/auto',
      name: 'Auto Router',
      context_length: 2000000,
      pricing: { prompt: '-1', completion: '-1' },
      top_provider: { context_length: null, max_completion_tokens: null },
    },
  ],
};

const GROQ_MODELS = {
  object: 'list',
  data: [
    {
      id: 'llama-3.3-70b-versatile',
      object: 'model',
      created: 1733447754,
      owned_by: 'Meta',
      active: true,
      context_window: 131072,
      public_apps: null,
      max_completion_tokens: 32768,
    },
    {
      id: 'mixtral-8x7b-32768',
      object: 'model',
      owned_by: 'Mistral AI',
      active: false,
      context_window: 32768,
    },
  ],
};

const TOGETHER_MODELS = [
  {
    id: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
    object: 'model',
    created: 1733448000,
    type: 'chat',
    display_name: 'Meta Llama 3.3 70B Instruct Turbo',
    organization: 'Meta',
    context_length: 131072,
    pricing: { hourly: 0, input: 0.88, output: 0.88, base: 0, finetune: 0 },
  },
  {
    id: 'BAAI/bge-large-en-v1.5',
    object: 'model',
    type: 'embedding',
    context_length: 512,
    pricing: { hourly: 0, input: 0.02, output: 0, base: 0, finetune: 0 },
  },
];

const LLAMACPP_MODELS = {
  models: [
    {
      name: 'qwen2.5-0.5b-instruct-q4_k_m.gguf',
      model: 'qwen2.5-0.5b-instruct-q4_k_m.gguf',
      modified_at: '',
      size: '',
      digest: '',
      type: 'model',
      description: '',
      tags: [''],
      capabilities: ['completion'],
      parameters: '',
      details: { parent_model: '', format: 'gguf', family: '', families: [''] },
    },
  ],
  object: 'list',
  data: [
    {
      id: 'qwen2.5-0.5b-instruct-q4_k_m.gguf',
      object: 'model',
      created: 1735000000,
      owned_by: 'llamacpp',
      meta: {
        vocab_type: 2,
        n_vocab: 151936,
        n_ctx_train: 32768,
        n_embd: 896,
        n_params: 494032768,
        size: 491400032,
      },
    },
  ],
};

const VLLM_MODELS = {
  object: 'list',
  data: [
    {
      id: 'Qwen/Qwen2.5-7B-Instruct',
      object: 'model',
      created: 1735000000,
      owned_by: 'vllm',
      root: 'Qwen/Qwen2.5-7B-Instruct',
      parent: null,
      max_model_len: 32768,
      permission: [{ id: 'modelperm-1', object: 'model_permission', allow_sampling: true }],
    },
  ],
};

const GEMINI_MODELS = {
  object: 'list',
  data: [
    { id: 'models/gemini-2.0-flash', object: 'model', owned_by: 'google' },
    { id: 'models/gemini-2.5-pro', object: 'model', owned_by: 'google' },
  ],
};

describe('openai.parseModels', () => {
  it('reads the OpenAI list as active models with no facts', () => {
    expect(openai.parseModels(OPENAI_MODELS)).toEqual([
      {
        id: 'gpt-4o',
        status: 'active',
        resources: [],
        contextWindow: undefined,
        maxOutputTokens: undefined,
        inputPrice: undefined,
        outputPrice: undefined,
        reasoning: undefined,
        factSource: 'none',
      },
      expect.objectContaining({ id: 'o3-mini', status: 'active', factSource: 'none' }),
    ]);
  });

  it('reads Ollama and LM Studio /v1/models (the OpenAI shape) the same way', () => {
    const models = openai.parseModels({
      object: 'list',
      data: [
        { id: 'llama3.2:latest', object: 'model', created: 1735000000, owned_by: 'library' },
        { id: 'qwen2.5-7b-instruct', object: 'model', owned_by: 'organization_owner' },
      ],
    });
    expect(models.map((m) => [m.id, m.status, m.factSource])).toEqual([
      ['llama3.2:latest', 'active', 'none'],
      ['qwen2.5-7b-instruct', 'active', 'none'],
    ]);
  });

  it('reads OpenRouter: id not display name, context, output cap, prices per million, capabilities', () => {
    const [claude, mini, free, auto] = openai.parseModels(OPENROUTER_MODELS);
    expect(claude).toEqual({
      id: 'anthropic/claude-3.7-sonnet',
      status: 'active',
      resources: ['tools'],
      contextWindow: 200000,
      maxOutputTokens: 64000,
      inputPrice: 3,
      outputPrice: 15,
      reasoning: true,
      factSource: 'api',
    });
    expect(mini).toMatchObject({
      id: 'openai/gpt-4o-mini',
      inputPrice: 0.15,
      outputPrice: 0.6,
      maxOutputTokens: 16384,
      reasoning: undefined,
    });
    expect([...(mini?.resources ?? [])].sort()).toEqual(['json_schema', 'tools']);
    // A free model costs 0, which is a fact, not an unknown.
    expect(free).toMatchObject({ inputPrice: 0, outputPrice: 0, resources: [] });
    expect(free?.maxOutputTokens).toBeUndefined();
    // "-1" is OpenRouter's "price varies" marker, not a price.
    expect(auto).toMatchObject({ id: 'openrouter/auto', contextWindow: 2000000 });
    expect(auto?.inputPrice).toBeUndefined();
    expect(auto?.outputPrice).toBeUndefined();
  });

  it('reads Groq: context_window, max_completion_tokens, active false as inactive', () => {
    expect(openai.parseModels(GROQ_MODELS)).toEqual([
      expect.objectContaining({
        id: 'llama-3.3-70b-versatile',
        status: 'active',
        contextWindow: 131072,
        maxOutputTokens: 32768,
        factSource: 'api',
      }),
      expect.objectContaining({ id: 'mixtral-8x7b-32768', status: 'inactive' }),
    ]);
  });

  it('reads Together: a bare array with per-million pricing {input, output}', () => {
    const [llama, embedding] = openai.parseModels(TOGETHER_MODELS);
    expect(llama).toMatchObject({
      id: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
      contextWindow: 131072,
      inputPrice: 0.88,
      outputPrice: 0.88,
      factSource: 'api',
    });
    expect(embedding?.id).toBe('BAAI/bge-large-en-v1.5');
  });

  it("reads llama.cpp's server: data wins over models, n_ctx_train is the context window", () => {
    expect(openai.parseModels(LLAMACPP_MODELS)).toEqual([
      expect.objectContaining({
        id: 'qwen2.5-0.5b-instruct-q4_k_m.gguf',
        contextWindow: 32768,
        factSource: 'api',
      }),
    ]);
  });

  it('reads a models-only listing (Ollama native shape) by name', () => {
    const models = openai.parseModels({
      models: [{ name: 'llama3.2:latest', model: 'llama3.2:latest', capabilities: ['tools'] }],
    });
    expect(models).toEqual([
      expect.objectContaining({ id: 'llama3.2:latest', resources: ['tools'] }),
    ]);
  });

  it("reads vLLM's max_model_len as the context window", () => {
    expect(openai.parseModels(VLLM_MODELS)[0]).toMatchObject({
      id: 'Qwen/Qwen2.5-7B-Instruct',
      contextWindow: 32768,
      factSource: 'api',
    });
  });

  it("strips Gemini's models/ prefix so the id can be sent back as the model", () => {
    expect(openai.parseModels(GEMINI_MODELS).map((m) => m.id)).toEqual([
      'gemini-2.0-flash',
      'gemini-2.5-pro',
    ]);
  });

  it('drops duplicates (also after stripping models/), keeping the first', () => {
    const models = openai.parseModels({
      data: [
        { id: 'models/gemini-2.0-flash', context_window: 1 },
        { id: 'gemini-2.0-flash', context_window: 2 },
        'gpt-4o',
        { id: 'gpt-4o', active: false },
      ],
    });
    expect(models.map((m) => [m.id, m.contextWindow, m.status])).toEqual([
      ['gemini-2.0-flash', 1, 'active'],
      ['gpt-4o', undefined, 'active'],
    ]);
  });

  it('skips entries without an id', () => {
    const models = openai.parseModels([
      null,
      3,
      [],
      {},
      { id: '' },
      { id: 'models/' },
      { id: 42 },
      { object: 'model', owned_by: 'x' },
      'ok',
    ]);
    expect(models.map((m) => m.id)).toEqual(['ok']);
  });

  it.each([null, undefined, 'gpt-4o', 42, {}, { object: 'list' }, { data: 'x' }, { data: {} }])(
    'throws on the non-list %j',
    (json) => {
      expect(() => openai.parseModels(json)).toThrow(
        new TypeError('The models response is not a list.'),
      );
    },
  );

  it("sets factSource 'api' only when the API gave a fact", () => {
    const [plain, withCapability, withPrice] = openai.parseModels([
      { id: 'plain', owned_by: 'me', created: 1, supported_parameters: ['tools'] },
      { id: 'reasons', supported_parameters: ['reasoning'] },
      { id: 'priced', pricing: { input: 1, output: 2 } },
    ]);
    expect(plain?.resources).toEqual(['tools']);
    expect(plain?.factSource).toBe('none');
    expect(withCapability?.factSource).toBe('api');
    expect(withPrice?.factSource).toBe('api');
  });

  it('ignores non-numeric, negative and wrongly typed facts', () => {
    const [model] = openai.parseModels([
      {
        id: 'm',
        context_length: 'lots',
        max_model_len: -5,
        pricing: { prompt: 'free', completion: null },
        top_provider: 'x',
        supported_parameters: 'tools',
        meta: [1, 2],
      },
    ]);
    expect(model).toEqual({
      id: 'm',
      status: 'active',
      resources: [],
      contextWindow: undefined,
      maxOutputTokens: undefined,
      inputPrice: undefined,
      outputPrice: undefined,
      reasoning: undefined,
      factSource: 'none',
    });
  });

  it('a __proto__ or constructor key in the JSON pollutes nothing', () => {
    const json: unknown = JSON.parse(
      '{"__proto__":{"polluted":"top","data":[{"id":"fake"}]},"constructor":{"prototype":{"polluted":"ctor"}},"data":[' +
        '{"__proto__":{"polluted":"model","active":false,"context_length":1,"id":"evil"},"id":"m",' +
        '"constructor":{"polluted":"c"},' +
        '"pricing":{"__proto__":{"prompt":"0.1"},"polluted":"pricing"},' +
        '"top_provider":{"__proto__":{"max_completion_tokens":9}},' +
        '"meta":{"constructor":{"n_ctx_train":7}},' +
        '"supported_parameters":["__proto__","constructor"]},' +
        '{"id":"__proto__"},{"id":"constructor"}]}',
    );
    const models = openai.parseModels(json);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(models.map((m) => m.id)).toEqual(['m', '__proto__', 'constructor']);
    const [m] = models;
    expect(m).toEqual({
      id: 'm',
      status: 'active',
      resources: [],
      contextWindow: undefined,
      maxOutputTokens: undefined,
      inputPrice: undefined,
      outputPrice: undefined,
      reasoning: undefined,
      factSource: 'none',
    });
    expect(m).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
  });
});

describe('openai dialect URLs and auth', () => {
  it('builds the models, chat, text-completion and SDK URLs from the base', () => {
    expect(openai.modelsUrl('https://api.openai.com/v1/')).toBe('https://api.openai.com/v1/models');
    expect(openai.completionUrl('http://localhost:11434/v1')).toBe(
      'http://localhost:11434/v1/chat/completions',
    );
    expect(openai.textCompletionUrl?.(' https://api.together.xyz/v1// ')).toBe(
      'https://api.together.xyz/v1/completions',
    );
    expect(openai.sdkBaseUrl(' https://openrouter.ai/api/v1/ ')).toBe(
      'https://openrouter.ai/api/v1',
    );
  });

  it('sends the key as a Bearer token read from OPENAI_API_KEY', () => {
    expect(openai.auth).toEqual({
      header: 'Authorization',
      prefix: 'Bearer ',
      envVar: 'OPENAI_API_KEY',
    });
    expect(openai.defaultBaseUrl).toBe('https://api.openai.com/v1');
  });

  it('is registered as the openai provider', () => {
    expect(dialectFor('openai')).toBe(openai);
  });
});

describe('openai.finishBody', () => {
  it('asks a streaming request for usage with stream_options.include_usage', () => {
    const body = { model: 'gpt-4o', messages: [], stream: true };
    expect(openai.finishBody?.(body)).toEqual({
      model: 'gpt-4o',
      messages: [],
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('leaves a non-streaming request alone', () => {
    const body = { model: 'gpt-4o', messages: [], stream: false };
    expect(openai.finishBody?.(body)).toEqual({ model: 'gpt-4o', messages: [], stream: false });
  });

  it('keeps stream_options the body already has', () => {
    const body = { model: 'm', stream: true, stream_options: { include_usage: false } };
    expect(openai.finishBody?.(body)).toEqual({
      model: 'm',
      stream: true,
      stream_options: { include_usage: false },
    });
  });
});
