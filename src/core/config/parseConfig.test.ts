import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './parseConfig';
import { EMPTY_CONFIG } from './types';

// The browser asks CSS.supports; here a few known colours stand in for it.
const isColor = (c: string) => /^(#[0-9a-f]{3,8}|rebeccapurple|rgb\(.+\))$/i.test(c);
const parse = (value: unknown) =>
  parseConfig(typeof value === 'string' ? value : JSON.stringify(value), { isColor });
const fields = (value: unknown) => parse(value).problems.map((p) => p.field);

const FULL = {
  $schema: './config.schema.json',
  title: 'Acme AI Playground',
  accentColor: '#0f766e',
  connections: [
    { name: 'Acme', provider: 'sippulse', baseUrl: 'https://api.acme.test/' },
    {
      name: 'Acme (OpenAI)',
      provider: 'openai',
      preset: 'custom',
      baseUrl: 'https://gw.acme.test/v1',
    },
    { name: 'Local', provider: 'inbrowser' },
  ],
  defaultConnection: 'Acme',
  defaultModel: 'gpt-4o-mini',
  models: { allow: ['gpt-4o*', 'claude-*'], deny: ['*-preview'] },
  params: {
    defaults: { temperature: 0.2, max_tokens: 512, stop: ['END'] },
    locked: ['temperature'],
  },
  features: { viewCode: false, connectionEditing: true },
  embed: { allowedOrigins: ['https://intranet.acme.test'] },
};

describe('parseConfig', () => {
  it('reads every field of a valid file, with nothing to report', () => {
    const { config, problems } = parse(FULL);
    expect(problems).toEqual([]);
    expect(config).toEqual({
      title: 'Acme AI Playground',
      accentColor: '#0f766e',
      connections: [
        {
          name: 'Acme',
          provider: 'sippulse',
          preset: 'sippulse',
          baseUrl: 'https://api.acme.test',
        },
        {
          name: 'Acme (OpenAI)',
          provider: 'openai',
          preset: 'custom',
          baseUrl: 'https://gw.acme.test/v1',
        },
        { name: 'Local', provider: 'inbrowser', preset: 'inbrowser', baseUrl: '' },
      ],
      defaultConnection: 'Acme',
      defaultModel: 'gpt-4o-mini',
      models: { allow: ['gpt-4o*', 'claude-*'], deny: ['*-preview'] },
      params: {
        defaults: { temperature: 0.2, max_tokens: 512, stop: ['END'] },
        locked: ['temperature'],
      },
      features: { viewCode: false, connectionEditing: true },
      embed: { allowedOrigins: ['https://intranet.acme.test'] },
    });
  });

  it('an empty object is the neutral config', () => {
    expect(parse({})).toEqual({ config: EMPTY_CONFIG, problems: [] });
  });

  it('ignores a file that is not JSON as a whole, saying so', () => {
    const { config, problems } = parse('{ "title": "Acme", }');
    expect(config).toEqual(EMPTY_CONFIG);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'config.json', severity: 'error' });
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('ignores JSON that is not an object', () => {
    for (const text of ['[]', '"title"', 'null', '42']) {
      const { config, problems } = parse(text);
      expect(config).toEqual(EMPTY_CONFIG);
      expect(problems[0]?.message).toMatch(/must hold a JSON object/);
    }
  });

  it('drops only the fields with the wrong type and applies the rest', () => {
    const { config, problems } = parse({
      ...FULL,
      title: 42,
      features: { viewCode: 'no', connectionEditing: false },
      models: { allow: 'gpt-4o', deny: ['*-preview'] },
    });
    expect(problems).toEqual([
      { field: 'features.viewCode', message: 'must be true or false', severity: 'warning' },
      { field: 'models.allow', message: 'must be a list', severity: 'warning' },
      { field: 'title', message: 'must be text', severity: 'warning' },
    ]);
    expect(config.title).toBeUndefined();
    // A broken feature flag falls back to showing the feature.
    expect(config.features).toEqual({ viewCode: true, connectionEditing: false });
    expect(config.models).toEqual({ deny: ['*-preview'] });
    expect(config.connections).toHaveLength(3);
    expect(config.defaultModel).toBe('gpt-4o-mini');
  });

  it('reports unknown fields (usually typos) and ignores them', () => {
    const { config, problems } = parse({ defaultmodel: 'gpt-4o', features: { viewcode: false } });
    expect(problems.map((p) => p.field)).toEqual(['defaultmodel', 'features.viewcode']);
    expect(problems[0]?.message).toMatch(/check the spelling/);
    expect(config).toEqual(EMPTY_CONFIG);
  });

  it('rejects a connection that carries a key, loudly, without repeating the key', () => {
    const { config, problems } = parse({
      connections: [
        {
          name: 'Leaky',
          provider: 'openai',
          baseUrl: 'https://api.openai.com/v1',
          apiKey: 'sk-SECRET',
        },
        { name: 'Fine', provider: 'sippulse', baseUrl: 'https://api.sippulse.ai' },
      ],
      defaultConnection: 'Leaky',
    });
    expect(config.connections.map((c) => c.name)).toEqual(['Fine']);
    expect(problems[0]).toMatchObject({ field: 'connections[0]', severity: 'error' });
    expect(problems[0]?.message).toMatch(/"apiKey".*config\.json is public.*revoke/s);
    expect(JSON.stringify(problems)).not.toContain('sk-SECRET');
    // The default pointed at the rejected connection, so it cannot apply either.
    expect(problems.map((p) => p.field)).toEqual(['connections[0]', 'defaultConnection']);
  });

  it('rejects keys hidden in the URL or at the top level', () => {
    const { config, problems } = parse({
      api_key: 'sk-TOP',
      connections: [
        { name: 'Query', provider: 'openai', baseUrl: 'https://gw.test/v1?api_key=sk-Q' },
        { name: 'Userinfo', provider: 'openai', baseUrl: 'https://me:sk-U@gw.test/v1' },
      ],
    });
    expect(config.connections).toEqual([]);
    expect(problems.map((p) => [p.field, p.severity])).toEqual([
      ['api_key', 'error'],
      ['connections[0]', 'error'],
      ['connections[1]', 'error'],
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/sk-(TOP|Q|U)/);
  });

  it('drops connections with a missing or unusable base URL, keeping the others', () => {
    const { config, problems } = parse({
      connections: [
        { name: 'No URL', provider: 'openai' },
        { name: 'FTP', provider: 'openai', baseUrl: 'ftp://files.test' },
        { name: 'Relative', provider: 'sippulse', baseUrl: '/api' },
        { name: 'No provider', baseUrl: 'https://x.test' },
        { name: 'Bad provider', provider: 'anthropic', baseUrl: 'https://x.test' },
        { name: 'Ollama', provider: 'openai', baseUrl: 'http://localhost:11434/v1' },
      ],
    });
    expect(config.connections).toEqual([
      {
        name: 'Ollama',
        provider: 'openai',
        preset: 'ollama',
        baseUrl: 'http://localhost:11434/v1',
      },
    ]);
    expect(problems).toEqual([
      { field: 'connections[0]', message: 'needs a "baseUrl" for openai', severity: 'warning' },
      {
        field: 'connections[1].baseUrl',
        message: 'Use an http:// or https:// URL.',
        severity: 'warning',
      },
      {
        field: 'connections[2].baseUrl',
        message: 'Enter a full URL, for example https://api.sippulse.ai',
        severity: 'warning',
      },
      { field: 'connections[3]', message: 'needs "provider"', severity: 'warning' },
      {
        field: 'connections[4]',
        message: 'must be one of: sippulse, openai, inbrowser',
        severity: 'warning',
      },
    ]);
  });

  it('keeps a connection whose preset does not fit, guessing the preset from its URL', () => {
    const { config, problems } = parse({
      connections: [
        {
          name: 'G',
          provider: 'openai',
          preset: 'sippulse',
          baseUrl: 'https://api.groq.com/openai/v1',
        },
      ],
    });
    expect(config.connections[0]?.preset).toBe('groq');
    expect(problems[0]?.field).toBe('connections[0].preset');
  });

  it('keeps the first of two connections with the same name', () => {
    const { config } = parse({
      connections: [
        { name: 'Acme', provider: 'openai', baseUrl: 'https://a.test/v1' },
        { name: 'acme', provider: 'openai', baseUrl: 'https://b.test/v1' },
      ],
    });
    expect(config.connections.map((c) => c.baseUrl)).toEqual(['https://a.test/v1']);
  });

  it('needs the default connection to be one of the valid connections', () => {
    expect(fields({ defaultConnection: 'Nowhere' })).toEqual(['defaultConnection']);
    expect(parse({ ...FULL, defaultConnection: 'Local' }).config.defaultConnection).toBe('Local');
  });

  it('refuses a default model that the allow/deny lists exclude', () => {
    const denied = parse({ ...FULL, defaultModel: 'gpt-4o-preview' });
    expect(denied.config.defaultModel).toBeUndefined();
    expect(denied.problems[0]?.message).toMatch(/excluded by models.allow\/deny/);
  });

  it('checks parameter defaults against the parameter table, one by one', () => {
    const { config, problems } = parse({
      params: {
        defaults: {
          temperature: 5,
          max_tokens: 1.5,
          top_p: '0.9',
          warmth: 1,
          seed: 7,
          stop: 'END',
          reasoning_effort: 'low',
          logprobs: true,
          frequency_penalty: { value: 1 },
        },
        locked: ['seed', 'warmth', 'stop'],
      },
    });
    expect(config.params).toEqual({
      defaults: { seed: 7, stop: ['END'], reasoning_effort: 'low', logprobs: 'true' },
      locked: ['seed', 'stop'],
    });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'params.defaults.frequency_penalty: must be a number, text, true/false or a list of texts',
      'params.defaults.max_tokens: must be a whole number',
      'params.defaults.temperature: must be between 0 and 2',
      'params.defaults.top_p: must be a number',
      'params.defaults.warmth: is not a parameter this app knows',
      'params.locked[1]: "warmth" is not a parameter this app knows',
    ]);
  });

  it('applies a colour only when it is one', () => {
    expect(parse({ accentColor: 'rebeccapurple' }).config.accentColor).toBe('rebeccapurple');
    const bad = parse({ accentColor: 'red; background: url(//evil.test)' });
    expect(bad.config.accentColor).toBeUndefined();
    expect(bad.problems[0]?.field).toBe('accentColor');
  });

  it('accepts only origins (or subdomain wildcards) as embedding hosts', () => {
    const { config, problems } = parse({
      embed: {
        allowedOrigins: [
          'https://a.test/',
          'http://localhost:8080',
          '*',
          'https://b.test/page',
          'a.test',
          'https://*.docs.test',
        ],
      },
    });
    expect(config.embed.allowedOrigins).toEqual([
      'https://a.test',
      'http://localhost:8080',
      'https://*.docs.test',
    ]);
    expect(problems.map((p) => p.field)).toEqual([
      'embed.allowedOrigins[2]',
      'embed.allowedOrigins[3]',
      'embed.allowedOrigins[4]',
    ]);
  });

  it('treats blank text as missing', () => {
    const { config, problems } = parse({ title: '   ', defaultModel: ' gpt-4o ' });
    expect(config.title).toBeUndefined();
    expect(config.defaultModel).toBe('gpt-4o');
    expect(problems.map((p) => p.field)).toEqual(['title']);
  });

  it('a __proto__ key is reported as unknown and changes no prototype', () => {
    const { problems } = parse(
      '{"__proto__": {"polluted": true}, "params": {"defaults": {"__proto__": 1}}}',
    );
    expect(problems.map((p) => p.field)).toEqual(['__proto__', 'params.defaults.__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists errors (secrets) before warnings', () => {
    const severities = parse({
      title: 1,
      connections: [{ name: 'X', provider: 'openai', baseUrl: 'https://x.test', token: 't' }],
    }).problems.map((p) => p.severity);
    expect(severities).toEqual(['error', 'warning']);
  });
});

describe('docs/config.example.json', () => {
  it('is a valid config with nothing ignored', () => {
    const text = readFileSync(
      new URL('../../../docs/config.example.json', import.meta.url),
      'utf8',
    );
    const { config, problems } = parseConfig(text, { isColor });
    expect(problems).toEqual([]);
    expect(config.connections).toHaveLength(3);
    expect(config.params.locked).toEqual(['max_tokens']);
  });
});
