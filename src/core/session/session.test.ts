import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  IN_BROWSER_CONNECTION,
  type PersistedState,
} from '../persistence/persistedState';
import { DEFAULT_RESPONSE_FORMAT } from '../structured/responseFormat';
import { DEFAULT_TOOLS_STATE } from '../tools/toolsState';
import { hasWork, planSession, type ApplyEnv } from './applySession';
import { buildSession, publicBaseUrl, type SessionSource } from './envelope';
import { parseSession } from './parseSession';

const SECRET = 'sk-LEAKCHECK-7f3a9c';

function source(over: Partial<PersistedState> = {}): SessionSource {
  const playground: PersistedState = {
    ...structuredClone(DEFAULT_STATE),
    connections: [
      { ...IN_BROWSER_CONNECTION },
      {
        id: 'c1',
        name: 'Work API',
        provider: 'openai',
        preset: 'custom',
        baseUrl: 'https://llm.example.com/v1',
        model: 'gpt-4o',
      },
    ],
    activeConnectionId: 'c1',
    paramsByModel: { 'gpt-4o': { temperature: '0.3' }, other: { top_p: '0.5' } },
    system: 'Be brief.',
    messages: [
      { id: 'm1', role: 'user', content: 'Weather in {{city}}?' },
      {
        id: 'm2',
        role: 'assistant',
        content: '',
        toolCalls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Oslo"}' },
          },
        ],
      },
      { id: 'm3', role: 'tool', content: '{"temp":3}', toolCallId: 'call_1' },
    ],
    ...over,
  };
  return {
    playground,
    tools: {
      ...DEFAULT_TOOLS_STATE,
      tools: [
        { id: 't1', source: '{"type":"function","function":{"name":"get_weather"}}', mock: '{}' },
      ],
      toolChoice: 'required',
      autoReply: true,
    },
    responseFormat: { ...DEFAULT_RESPONSE_FORMAT, mode: 'json_object' },
    thinkingByModel: { 'gpt-4o': { enabled: true, budget: '4096' } },
    variables: { city: 'Oslo', unrelated: 'a value from another conversation' },
  };
}

const env = (over: Partial<ApplyEnv> = {}): ApplyEnv => ({
  connectionEditing: true,
  modelAllowed: () => true,
  newConnectionId: () => 'new-conn',
  newToolId: (i) => `tool-${i}`,
  ...over,
});

describe('buildSession', () => {
  it('carries the conversation, the model, its parameters, tools and response format', () => {
    const session = buildSession(source(), new Date('2026-11-23T10:00:00Z'));
    expect(session).toMatchObject({
      format: 'llm-playground/session',
      version: 1,
      exportedAt: '2026-11-23T10:00:00.000Z',
      connection: { provider: 'openai', baseUrl: 'https://llm.example.com/v1', label: 'Work API' },
      model: 'gpt-4o',
      params: { temperature: '0.3' },
      thinking: { enabled: true, budget: '4096' },
      system: 'Be brief.',
      tools: { toolChoice: 'required', autoReply: true },
      responseFormat: { mode: 'json_object' },
    });
    expect(session.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool']);
    expect(session.messages[1]?.toolCalls?.[0]?.function.name).toBe('get_weather');
    // Only the selected model's parameters and the variables it uses: the rest is not part of this session.
    expect(session.params).not.toHaveProperty('top_p');
    expect({ ...session.variables }).toEqual({ city: 'Oslo' });
  });

  it('never includes a key, even when store objects carry one', () => {
    const src = source();
    const conn = src.playground.connections[1] as unknown as Record<string, unknown>;
    conn.apiKey = SECRET;
    conn.baseUrl = `https://user:${SECRET}@llm.example.com/v1?api_key=${SECRET}&x=1`;
    (src.playground.messages[0] as unknown as Record<string, unknown>).apiKey = SECRET;
    (src.tools.tools[0] as unknown as Record<string, unknown>).key = SECRET;
    (src.playground as unknown as Record<string, unknown>).apiKey = SECRET;
    const text = JSON.stringify(buildSession(src));
    expect(text).not.toContain(SECRET);
    expect(text).toContain('https://llm.example.com/v1?x=1');
  });

  it('describes the in-browser engine without an address', () => {
    const session = buildSession(source({ activeConnectionId: 'in-browser' }));
    expect(session.connection).toEqual({ provider: 'inbrowser' });
    expect(session.model).toBe('stories260K');
  });
});

describe('publicBaseUrl', () => {
  it('keeps an ordinary URL exactly as typed', () => {
    expect(publicBaseUrl('https://api.sippulse.ai')).toBe('https://api.sippulse.ai');
    expect(publicBaseUrl('http://localhost:11434/v1/')).toBe('http://localhost:11434/v1/');
  });
});

describe('parseSession', () => {
  const exported = JSON.stringify(buildSession(source()));

  it('reads back what was exported', () => {
    const parsed = parseSession(exported);
    expect(parsed.ok && parsed.session).toEqual(JSON.parse(exported));
  });

  it('says what is wrong, field by field', () => {
    const data = JSON.parse(exported);
    data.messages[1].role = 'wizard';
    data.connection.apiKey = SECRET;
    delete data.model;
    const parsed = parseSession(JSON.stringify(data));
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems).toContain('the file needs "model"');
    expect(problems).toContain('messages[1].role must be one of: user, assistant, tool');
    expect(problems).toContain('connection has an unknown field "apiKey"');
  });

  it('refuses text that is not JSON, another format, and a newer version', () => {
    const problemsOf = (text: string) => {
      const parsed = parseSession(text);
      return parsed.ok ? [] : parsed.problems;
    };
    expect(problemsOf('{"format": ')[0]).toMatch(/^It is not JSON/);
    expect(problemsOf('{"model":"x"}')[0]).toMatch(/not an LLM Playground session/);
    expect(problemsOf('{"format":"llm-playground/session","version":7}')[0]).toMatch(
      /newer version.*7/,
    );
  });

  it('refuses a base URL with credentials and a non-http URL', () => {
    const data = JSON.parse(exported);
    data.connection.baseUrl = 'https://me:pw@llm.example.com';
    const parsed = parseSession(JSON.stringify(data));
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      'connection.baseUrl: Do not put credentials in the URL; use the API key field.',
    ]);
    data.connection.baseUrl = 'javascript:alert(1)';
    const second = parseSession(JSON.stringify(data));
    expect(second.ok ? [] : second.problems).toContain(
      'connection.baseUrl must be an http:// or https:// URL',
    );
  });

  it('keeps __proto__ keys inert', () => {
    const text = exported.replace('"params":{', '"params":{"__proto__":"x",');
    const parsed = parseSession(text);
    expect(parsed.ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('planSession', () => {
  const session = buildSession(source());

  it('switches to the saved connection with the same endpoint and restores the work', () => {
    const current = structuredClone(DEFAULT_STATE);
    current.connections.push({
      id: 'mine',
      name: 'Mine',
      provider: 'openai',
      preset: 'custom',
      baseUrl: 'https://llm.example.com/v1/',
      model: null,
    });
    current.paramsByModel = { other: { top_p: '0.9' } };
    const plan = planSession(session, current, env());
    expect(plan.playground.activeConnectionId).toBe('mine');
    expect(plan.playground.connections).toHaveLength(2);
    expect(plan.playground.connections[1]?.model).toBe('gpt-4o');
    expect(plan.playground.paramsByModel).toEqual({
      other: { top_p: '0.9' },
      'gpt-4o': { temperature: '0.3' },
    });
    expect(plan.playground.messages).toHaveLength(3);
    expect(plan.tools.tools).toEqual([
      { id: 'tool-0', source: session.tools.tools[0]?.source, mock: '{}' },
    ]);
    expect(plan.thinking).toEqual({ model: 'gpt-4o', settings: { enabled: true, budget: '4096' } });
    expect(plan.variables).toEqual({ city: 'Oslo' });
    expect(plan.notes).toEqual([]);
  });

  it('adds the connection when it is new, and says a key is needed', () => {
    const plan = planSession(session, structuredClone(DEFAULT_STATE), env());
    expect(plan.playground.activeConnectionId).toBe('new-conn');
    expect(plan.playground.connections[1]).toMatchObject({
      name: 'Work API',
      provider: 'openai',
      baseUrl: 'https://llm.example.com/v1',
      model: 'gpt-4o',
    });
    expect(plan.notes[0]).toMatch(/Enter its API key/);
  });

  it('keeps the current connection when the deployment forbids new ones, and drops a disallowed model', () => {
    const plan = planSession(
      session,
      structuredClone(DEFAULT_STATE),
      env({ connectionEditing: false, modelAllowed: () => false }),
    );
    expect(plan.playground.activeConnectionId).toBe('in-browser');
    expect(plan.playground.connections).toHaveLength(1);
    expect(plan.playground.paramsByModel).toEqual({});
    expect(plan.notes).toHaveLength(2);
    // The conversation still opens.
    expect(plan.playground.system).toBe('Be brief.');
  });
});

describe('hasWork', () => {
  const empty: SessionSource = {
    playground: structuredClone(DEFAULT_STATE),
    tools: structuredClone(DEFAULT_TOOLS_STATE),
    responseFormat: { ...DEFAULT_RESPONSE_FORMAT },
    thinkingByModel: {},
    variables: {},
  };
  it('is false for a fresh page and true once anything was built', () => {
    expect(hasWork(empty)).toBe(false);
    expect(hasWork({ ...empty, playground: { ...empty.playground, system: 'x' } })).toBe(true);
    expect(hasWork(source())).toBe(true);
    expect(hasWork({ ...empty, tools: source().tools })).toBe(true);
  });
});
