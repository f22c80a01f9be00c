import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, PERSIST_VERSION, migratePersisted } from './persistedState';

describe('migratePersisted: version 0', () => {
  it('moves the flat provider and baseUrl into connection and keeps the messages', () => {
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
      connection: { provider: 'openai', baseUrl: 'http://localhost:11434' },
      messages: [
        { id: 'm1', role: 'user', content: 'Hi' },
        { id: 'm2', role: 'assistant', content: 'Hello!' },
      ],
    });
  });

  it('falls back to defaults for a bad flat provider or an empty baseUrl', () => {
    expect(migratePersisted({ provider: 'azure', baseUrl: '' }, 0).connection).toEqual(
      DEFAULT_STATE.connection,
    );
  });
});

describe('migratePersisted: current version', () => {
  it('keeps a valid state as it is', () => {
    const stored = {
      connection: { provider: 'sippulse', baseUrl: 'https://proxy.example/api' },
      model: 'gpt-4o',
      paramsByModel: { 'gpt-4o': { temperature: '0.2', stop: '\\n' } },
      system: 'Be brief.',
      messages: [{ id: 'a', role: 'user', content: 'Q' }],
      stream: false,
    };
    expect(migratePersisted(structuredClone(stored), PERSIST_VERSION)).toEqual(stored);
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
    first.connection.baseUrl = 'http://changed';
    first.paramsByModel.m = { temperature: '1' };
    expect(migratePersisted(null, PERSIST_VERSION)).toEqual({
      connection: { provider: 'sippulse', baseUrl: 'https://api.sippulse.ai' },
      model: null,
      paramsByModel: {},
      system: '',
      messages: [],
      stream: true,
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
        messages: [{ id: 'a', role: 'user', content: 'hi', apiKey: SECRET }],
        paramsByModel: {},
      },
      version,
    );
    expect(JSON.stringify(state)).not.toContain(SECRET);
    expect(state).not.toHaveProperty('apiKey');
    expect(state.connection).not.toHaveProperty('apiKey');
  });
});
