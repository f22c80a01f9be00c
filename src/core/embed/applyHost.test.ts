import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type PersistedState } from '../persistence/persistedState';
import { HOST_CONNECTION_ID, locksFrom, NO_LOCKS, planInit, toRawParams } from './applyHost';
import type { InitMessage } from './protocol';

let n = 0;
const newId = () => `id-${++n}`;
const base = (): PersistedState => structuredClone(DEFAULT_STATE);

function plan(init: Omit<InitMessage, 'type'>, current = base()) {
  const result = planInit(current, { type: 'init', ...init }, newId);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('planInit', () => {
  it('connects to the host API with a key kept apart from the state', () => {
    const result = plan({
      connection: { provider: 'sippulse', baseUrl: 'https://api.example.com/', apiKey: 'k-1' },
      model: 'gpt-4o',
    });
    const active = result.state.connections.find((c) => c.id === result.state.activeConnectionId);
    expect(active).toMatchObject({
      id: HOST_CONNECTION_ID,
      provider: 'sippulse',
      baseUrl: 'https://api.example.com',
      model: 'gpt-4o',
    });
    expect(result.key).toEqual({ connectionId: HOST_CONNECTION_ID, apiKey: 'k-1' });
    expect(JSON.stringify(result.state)).not.toContain('k-1');
  });

  it('uses the in-browser engine when asked, with an empty key', () => {
    const result = plan({ connection: { provider: 'inbrowser' }, model: 'stories260K' });
    expect(result.state.connections).toHaveLength(1);
    expect(result.state.connections[0]).toMatchObject({
      provider: 'inbrowser',
      model: 'stories260K',
    });
    expect(result.key?.apiKey).toBe('');
  });

  it('replaces the conversation, system message and stream setting, in chat mode', () => {
    const current = { ...base(), mode: 'complete' as const, system: 'old', stream: true };
    const result = plan(
      {
        system: 'You are terse.',
        stream: false,
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello' },
        ],
      },
      current,
    );
    expect(result.state.system).toBe('You are terse.');
    expect(result.state.stream).toBe(false);
    expect(result.state.mode).toBe('chat');
    expect(result.state.messages.map((m) => [m.role, m.content])).toEqual([
      ['user', 'Hi'],
      ['assistant', 'Hello'],
    ]);
    expect(new Set(result.state.messages.map((m) => m.id)).size).toBe(2);
  });

  it('keeps what the host left out', () => {
    const current = {
      ...base(),
      system: 'kept',
      messages: [{ id: 'x', role: 'user' as const, content: 'kept' }],
    };
    const result = plan({ theme: 'dark' }, current);
    expect(result.state.system).toBe('kept');
    expect(result.state.messages).toEqual(current.messages);
    expect(result.state.connections).toEqual(current.connections);
    expect(result.key).toBeUndefined();
    expect(result.theme).toBe('dark');
    expect(result.locks).toBeUndefined();
  });

  it('sets parameters for the model as typed text, for the panel rules to check', () => {
    const result = plan({
      model: 'gpt-4o',
      params: { temperature: 0.2, stop: ['\n', 'END'], echo: false },
    });
    expect(result.state.paramsByModel['gpt-4o']).toEqual({
      temperature: '0.2',
      stop: '\\n\nEND',
      echo: 'false',
    });
  });

  it('refuses parameters without a model to put them on', () => {
    const current = base();
    current.connections = current.connections.map((c) => ({ ...c, model: null }));
    expect(planInit(current, { type: 'init', params: { temperature: 1 } }, newId)).toEqual({
      error: '"init" sets params but no model: send "model" with them.',
    });
  });

  it('refuses a base URL that does not parse', () => {
    expect(
      planInit(
        base(),
        { type: 'init', connection: { provider: 'openai', baseUrl: 'http://[bad' } },
        newId,
      ),
    ).toEqual({ error: '"init" field connection.baseUrl is not a valid URL.' });
  });

  it('holds the host to the model rules of the deployment', () => {
    const onlyMini = (id: string) => id.endsWith('-mini');
    expect(planInit(base(), { type: 'init', model: 'gpt-4o' }, newId, onlyMini)).toEqual({
      error: '"init" field model: this deployment does not offer "gpt-4o".',
    });
    expect(
      'error' in planInit(base(), { type: 'init', model: 'gpt-4o-mini' }, newId, onlyMini),
    ).toBe(false);
  });

  it('turns the locked list into flags', () => {
    expect(plan({ locked: ['model', 'messages'] }).locks).toEqual({
      ...NO_LOCKS,
      model: true,
      messages: true,
    });
    expect(locksFrom([])).toEqual(NO_LOCKS);
  });
});

describe('toRawParams', () => {
  it('writes values the way the parameter panel stores them', () => {
    expect(toRawParams({ seed: 42, reasoning_effort: 'high', stop: ['a\\b', '\t'] })).toEqual({
      seed: '42',
      reasoning_effort: 'high',
      stop: 'a\\\\b\n\\t',
    });
  });
});
