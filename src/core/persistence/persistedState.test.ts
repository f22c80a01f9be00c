import { describe, expect, it } from 'vitest';
import {
  activeConnection,
  DEFAULT_STATE,
  IN_BROWSER_CONNECTION,
  MIGRATED_CONNECTION_ID,
  PERSIST_VERSION,
  migratePersisted,
} from './persistedState';

describe('migratePersisted: versions 0 and 1', () => {
  it('version 0: moves the flat provider and baseUrl into a saved connection, active, with the messages', () => {
    const state = migratePersisted(
      {
        provider: 'openai',
        baseUrl: 'http://localhost:11434',
        messages: [
          { id: 'm1', role: 'user', content: 'Hi' },
          { id: 'm2', role: 'assistant', content: 'Hello!' },
        ],
      },
      0,
    );
    expect(state).toEqual({
      ...DEFAULT_STATE,
      connections: [
        IN_BROWSER_CONNECTION,
        {
          id: MIGRATED_CONNECTION_ID,
          name: 'OpenAI-compatible',
          provider: 'openai',
          preset: 'custom',
          baseUrl: 'http://localhost:11434',
          model: null,
        },
      ],
      activeConnectionId: MIGRATED_CONNECTION_ID,
      messages: [
        { id: 'm1', role: 'user', content: 'Hi' },
        { id: 'm2', role: 'assistant', content: 'Hello!' },
      ],
    });
  });

  it('version 1: the one connection and its model become the active saved connection', () => {
    const state = migratePersisted(
      {
        connection: { provider: 'sippulse', baseUrl: 'https://proxy.example/api' },
        model: 'gpt-4o',
        system: 'Be brief.',
      },
      1,
    );
    expect(activeConnection(state)).toEqual({
      id: MIGRATED_CONNECTION_ID,
      name: 'SipPulse',
      provider: 'sippulse',
      preset: 'sippulse',
      baseUrl: 'https://proxy.example/api',
      model: 'gpt-4o',
    });
    expect(state.connections[0]).toEqual(IN_BROWSER_CONNECTION);
    expect(state.system).toBe('Be brief.');
  });

  it('falls back to the in-browser engine for a bad flat provider or an empty baseUrl', () => {
    const state = migratePersisted({ provider: 'azure', baseUrl: '' }, 0);
    expect(state.connections).toEqual([IN_BROWSER_CONNECTION]);
    expect(state.activeConnectionId).toBe(IN_BROWSER_CONNECTION.id);
  });
});

describe('migratePersisted: current version', () => {
  it('keeps a valid state as it is', () => {
    const stored = {
      connections: [
        { ...IN_BROWSER_CONNECTION, model: 'file:my.gguf' },
        {
          id: 'c1',
          name: 'Work',
          provider: 'sippulse',
          preset: 'sippulse',
          baseUrl: 'https://proxy.example/api',
          model: 'gpt-4o',
        },
        {
          id: 'c2',
          name: 'Ollama',
          provider: 'openai',
          preset: 'ollama',
          baseUrl: 'http://localhost:11434/v1',
          model: null,
        },
      ],
      activeConnectionId: 'c2',
      paramsByModel: { 'gpt-4o': { temperature: '0.2', stop: '\\n' } },
      system: 'Be brief.',
      messages: [
        { id: 'a', role: 'user', content: 'Q' },
        { id: 'b', role: 'assistant', content: 'A1', alternatives: ['A1', 'A2'] },
      ],
      stream: false,
      mode: 'complete',
      prompt: 'Once',
      suffix: 'The end.',
      completion: { prompt: 'Once', alternatives: [' upon', ' more'], selected: 1 },
    };
    expect(migratePersisted(structuredClone(stored), PERSIST_VERSION)).toEqual(stored);
  });

  it('always keeps the in-browser engine first, and falls back to it for a stale active id', () => {
    const state = migratePersisted(
      {
        connections: [
          { id: 'c1', name: 'A', provider: 'openai', preset: 'custom', baseUrl: 'http://a/v1' },
          { id: 'c1', name: 'dup', provider: 'openai', preset: 'custom', baseUrl: 'http://b/v1' },
          { id: 'c3', name: 'no url', provider: 'openai', baseUrl: '' },
          { id: 'c4', provider: 'azure', baseUrl: 'http://c' },
        ],
        activeConnectionId: 'gone',
      },
      PERSIST_VERSION,
    );
    expect(state.connections.map((c) => c.id)).toEqual([IN_BROWSER_CONNECTION.id, 'c1']);
    expect(state.connections[1]).toMatchObject({ name: 'A', model: null });
    expect(state.activeConnectionId).toBe(IN_BROWSER_CONNECTION.id);
  });

  it('drops a pending completion that is malformed, and clamps its selected choice', () => {
    const base = { prompt: 'p', alternatives: ['a', 'b'] };
    expect(migratePersisted({ completion: { ...base, selected: 7 } }, 2).completion).toEqual({
      ...base,
      selected: 0,
    });
    expect(migratePersisted({ completion: { prompt: 'p', alternatives: [] } }, 2).completion).toBe(
      null,
    );
    expect(migratePersisted({ completion: 'x' }, 2).completion).toBe(null);
  });

  it('keeps the run summary, reasoning and tool fields of restored messages', () => {
    const toolCalls = [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }];
    const [assistant, tool] = migratePersisted(
      {
        messages: [
          {
            id: 'a',
            role: 'assistant',
            content: '',
            reasoning: 'thinking',
            toolCalls,
            run: { status: 'done', model: 'gpt-4o' },
          },
          { id: 't', role: 'tool', content: '42', toolCallId: 'c1' },
        ],
      },
      PERSIST_VERSION,
    ).messages;
    expect(assistant).toMatchObject({ reasoning: 'thinking', toolCalls, run: { status: 'done' } });
    expect(tool).toMatchObject({ role: 'tool', toolCallId: 'c1' });
  });
});

describe('migratePersisted: garbage', () => {
  it.each([null, undefined, 'state', 42, true, [], [{ model: 'x' }]])(
    '%j gives the defaults without throwing',
    (value) => {
      expect(migratePersisted(value, PERSIST_VERSION)).toEqual(DEFAULT_STATE);
      expect(migratePersisted(value, 0)).toEqual(DEFAULT_STATE);
    },
  );

  it('replaces fields of the wrong type with their defaults', () => {
    expect(
      migratePersisted(
        {
          connection: 'sippulse',
          model: 5,
          paramsByModel: ['temperature'],
          system: { text: 'x' },
          messages: 'hello',
          stream: 'yes',
        },
        PERSIST_VERSION,
      ),
    ).toEqual(DEFAULT_STATE);
    expect(
      migratePersisted(
        { connection: { provider: 7, baseUrl: ['x'] }, paramsByModel: null },
        PERSIST_VERSION,
      ),
    ).toEqual(DEFAULT_STATE);
  });

  it('returns a fresh default each time', () => {
    const first = migratePersisted(null, PERSIST_VERSION);
    first.messages.push({ id: 'x', role: 'user', content: 'leak' });
    first.connections.push({ ...IN_BROWSER_CONNECTION, id: 'changed' });
    first.paramsByModel.m = { temperature: '1' };
    expect(migratePersisted(null, PERSIST_VERSION)).toEqual({
      connections: [IN_BROWSER_CONNECTION],
      activeConnectionId: 'in-browser',
      paramsByModel: {},
      system: '',
      messages: [],
      stream: true,
      mode: 'chat',
      prompt: 'Once upon a time',
      suffix: '',
      completion: null,
    });
  });

  it('drops invalid messages and keeps the valid ones in order', () => {
    const { messages } = migratePersisted(
      {
        messages: [
          { id: 'a', role: 'user', content: 'one' },
          null,
          'text',
          { id: 'b', role: 'system', content: 'not a conversation role' },
          { id: 'c', role: 'user' },
          { id: 'd', role: 'assistant', content: 5 },
          { id: 'e', role: 'wizard', content: 'x' },
          [],
          { id: 'f', role: 'assistant', content: 'two' },
          { role: 'user', content: 'three' },
        ],
      },
      PERSIST_VERSION,
    );
    expect(messages.map((m) => m.content)).toEqual(['one', 'two', 'three']);
    expect(messages[2]?.id).toBeTruthy();
    expect(new Set(messages.map((m) => m.id)).size).toBe(3);
  });

  it('drops wrongly typed optional message fields', () => {
    const [m] = migratePersisted(
      {
        messages: [
          { id: 'a', role: 'assistant', content: 'x', reasoning: 3, toolCalls: 'no', run: 'done' },
        ],
      },
      PERSIST_VERSION,
    ).messages;
    expect(m).toEqual({ id: 'a', role: 'assistant', content: 'x' });
  });

  it('keeps only string parameter values', () => {
    const { paramsByModel } = migratePersisted(
      {
        paramsByModel: {
          'gpt-4o': { temperature: '0.5', top_p: 0.9, seed: null, stop: ['x'], max_tokens: '' },
          broken: 'x',
          alsoBroken: ['temperature'],
        },
      },
      PERSIST_VERSION,
    );
    expect(paramsByModel).toEqual({ 'gpt-4o': { temperature: '0.5', max_tokens: '' } });
  });
});

describe('migratePersisted: the API key never survives', () => {
  const SECRET = 'sk-secret-123';

  it.each([0, PERSIST_VERSION])('drops key-like fields from storage (version %i)', (version) => {
    const state = migratePersisted(
      {
        apiKey: SECRET,
        api_key: SECRET,
        key: SECRET,
        provider: 'sippulse',
        baseUrl: 'https://api.sippulse.ai',
        connection: { provider: 'sippulse', baseUrl: 'https://x.example', apiKey: SECRET },
        connections: [
          { id: 'c', provider: 'openai', baseUrl: 'http://x/v1', apiKey: SECRET, key: SECRET },
        ],
        messages: [{ id: 'a', role: 'user', content: 'hi', apiKey: SECRET }],
        paramsByModel: {},
      },
      version,
    );
    expect(JSON.stringify(state)).not.toContain(SECRET);
    expect(state).not.toHaveProperty('apiKey');
    for (const connection of state.connections) expect(connection).not.toHaveProperty('apiKey');
  });
});

describe('migratePersisted: restored run and tool call fields are validated', () => {
  it('rebuilds a run summary field by field and drops one that is not a summary', () => {
    const state = migratePersisted(
      {
        messages: [
          {
            id: 'a',
            role: 'assistant',
            content: 'x',
            run: { status: 'done', model: 'm', usage: { inputTokens: 'lots' }, ttftMs: 80, x: 1 },
          },
          { id: 'b', role: 'assistant', content: 'y', run: { status: 'weird', model: 'm' } },
        ],
      },
      PERSIST_VERSION,
    );
    expect(state.messages[0]?.run).toEqual({ status: 'done', model: 'm', ttftMs: 80 });
    expect(state.messages[1]).toEqual({ id: 'b', role: 'assistant', content: 'y' });
  });

  it('keeps only well-formed tool calls, rebuilt without extra fields', () => {
    const good = { id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } };
    const state = migratePersisted(
      {
        messages: [
          {
            id: 'a',
            role: 'assistant',
            content: '',
            toolCalls: [
              { ...good, extra: 'dropped' },
              { id: 'c2', type: 'function', function: { name: 'g', arguments: { a: 1 } } },
              { id: 3, function: { name: 'h', arguments: '{}' } },
              'call',
            ],
          },
        ],
      },
      PERSIST_VERSION,
    );
    expect(state.messages[0]?.toolCalls).toEqual([good]);
  });

  it('an answer saved while streaming comes back interrupted, with a notice to retry', () => {
    const state = migratePersisted(
      {
        messages: [
          { id: 'a', role: 'assistant', content: '', run: { status: 'streaming', model: 'm' } },
        ],
      },
      PERSIST_VERSION,
    );
    expect(state.messages[0]?.run).toMatchObject({
      status: 'interrupted',
      error: { title: 'Interrupted by a page reload' },
    });
  });
});
