import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  IN_BROWSER_CONNECTION_ID,
  type SavedConnection,
} from '../persistence/persistedState';
import { applyConfigToConnections, configConnectionId } from './applyConfig';
import { EMPTY_CONFIG, type RuntimeConfig } from './types';

const config: RuntimeConfig = {
  ...EMPTY_CONFIG,
  connections: [
    { name: 'Acme', provider: 'sippulse', preset: 'sippulse', baseUrl: 'https://api.acme.test' },
    { name: 'Local', provider: 'inbrowser', preset: 'inbrowser', baseUrl: '' },
  ],
  defaultConnection: 'Acme',
  defaultModel: 'gpt-4o-mini',
};

const fresh = {
  connections: DEFAULT_STATE.connections,
  activeConnectionId: IN_BROWSER_CONNECTION_ID,
};

const mine: SavedConnection = {
  id: 'c-mine',
  name: 'Mine',
  provider: 'openai',
  preset: 'custom',
  baseUrl: 'https://mine.test/v1',
  model: 'my-model',
};
const returning = {
  connections: [...DEFAULT_STATE.connections, mine],
  activeConnectionId: 'c-mine',
};

describe('applyConfigToConnections', () => {
  it('on a fresh profile, adds the connections and selects the default one and model', () => {
    const next = applyConfigToConnections(fresh, config, true);
    expect(next?.activeConnectionId).toBe('config:acme');
    expect(next?.connections.map((c) => [c.id, c.name, c.model])).toEqual([
      [IN_BROWSER_CONNECTION_ID, 'In-browser (llama.cpp)', 'stories260K'],
      ['config:acme', 'Acme', 'gpt-4o-mini'],
    ]);
    expect(next?.connections[1]).toMatchObject({
      provider: 'sippulse',
      preset: 'sippulse',
      baseUrl: 'https://api.acme.test',
    });
  });

  it('a default in-browser connection is the built-in engine', () => {
    const next = applyConfigToConnections(
      fresh,
      { ...config, defaultConnection: 'Local', defaultModel: 'tinyllama' },
      true,
    );
    expect(next?.activeConnectionId).toBe(IN_BROWSER_CONNECTION_ID);
    expect(next?.connections[0]?.model).toBe('tinyllama');
  });

  it('never replaces what a returning user saved', () => {
    expect(applyConfigToConnections(returning, config, false)).toBeNull();
  });

  it('is idempotent: applying twice adds nothing twice', () => {
    const once = applyConfigToConnections(fresh, config, true);
    if (!once) throw new Error('expected a change');
    const twice = applyConfigToConnections(once, config, true);
    expect(twice?.connections.map((c) => c.id) ?? once.connections.map((c) => c.id)).toEqual([
      IN_BROWSER_CONNECTION_ID,
      'config:acme',
    ]);
  });

  it('always unselects models the allow/deny lists exclude', () => {
    const next = applyConfigToConnections(
      returning,
      { ...EMPTY_CONFIG, models: { deny: ['my-*'] } },
      false,
    );
    expect(next?.connections.find((c) => c.id === 'c-mine')?.model).toBeNull();
    expect(next?.activeConnectionId).toBe('c-mine');
    // Allowed models stay selected.
    expect(next?.connections[0]?.model).toBe('stories260K');
  });

  it('with connection editing off, the configured default is used even by a returning user', () => {
    const locked = { ...config, features: { viewCode: true, connectionEditing: false } };
    const next = applyConfigToConnections(returning, locked, false);
    expect(next?.activeConnectionId).toBe('config:acme');
    expect(next?.connections.map((c) => c.id)).toEqual([
      IN_BROWSER_CONNECTION_ID,
      'c-mine',
      'config:acme',
    ]);
    // The default model is a fresh profile's starting point only.
    expect(next?.connections[2]?.model).toBeNull();
  });

  it('gives config connections stable ids from their names', () => {
    expect(configConnectionId(config.connections[0]!)).toBe('config:acme');
    expect(configConnectionId(config.connections[1]!)).toBe(IN_BROWSER_CONNECTION_ID);
  });
});
