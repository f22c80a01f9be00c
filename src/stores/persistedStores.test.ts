// Every persisted store, through zustand's persist and the storage guard as
// the app wires them: each earlier version of its saved shape migrates, and
// garbage in storage gives the defaults (and a backup, when unreadable).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupKeyFor } from '../core/persistence/guardedStorage';
import { MemoryStorage } from './memoryStorage.testing';

const storage = new MemoryStorage();
vi.stubGlobal('localStorage', storage);

const { usePlayground } = await import('./playgroundStore');
const { useTools } = await import('./toolsStore');
const { useThinking } = await import('../features/reasoning/thinkingStore');
const { useStructured } = await import('../features/structured/structuredStore');
const { useCodePrefs } = await import('../features/code-view/codePrefs');
const { useStorageHealth } = await import('./storageHealth');

interface PersistedStore {
  getState(): object;
  getInitialState(): object;
  setState(state: object, replace: true): void;
  persist: { rehydrate(): Promise<void> | void; getOptions(): { name?: string } };
}

/**
 * Sets the store to `from` (the defaults, as at a page start), puts `raw`
 * where it keeps its data, and loads it as a page start would.
 */
async function load(store: PersistedStore, raw: string, from?: object): Promise<void> {
  store.setState({ ...store.getInitialState(), ...from }, true);
  storage.clear();
  storage.setItem(store.persist.getOptions().name ?? '', raw);
  await store.persist.rehydrate();
}

const saved = (state: unknown, version?: number) => JSON.stringify({ state, version });
const data = (s: object) =>
  Object.fromEntries(Object.entries(s).filter(([, v]) => typeof v !== 'function'));

const UNREADABLE = ['not json at all', '{"state": {"trunc', '[1, 2]', 'null', saved('a string')];
const WRONG = {
  everything: 'wrong',
  messages: 7,
  tools: {},
  byModel: [],
  settings: 5,
  language: 3,
};
const BAD_STATE = [saved(WRONG, 1), saved(WRONG), saved(WRONG, 99), saved({}, 0)];

beforeEach(() => useStorageHealth.setState({ damaged: [], fullKeys: [] }));

describe.each([
  ['playground state', usePlayground, { system: 'edited', stream: false }],
  ['tools', useTools, { autoReply: true, maxSteps: 9 }],
  ['thinking', useThinking, { byModel: { claude: { enabled: true, budget: '5000' } } }],
  [
    'response format',
    useStructured,
    { settings: { mode: 'json_object', schemaText: '', name: 'x', strict: false } },
  ],
  ['View code preferences', useCodePrefs, { language: 'python', variant: 'sdk' }],
] as [string, PersistedStore, object][])('%s: garbage in storage', (_, store, edited) => {
  it.each(UNREADABLE)(
    'starts with the defaults from %s, the raw text kept in a backup',
    async (raw) => {
      await load(store, raw);
      const key = store.persist.getOptions().name ?? '';
      expect(data(store.getState())).toEqual(data(store.getInitialState()));
      expect(useStorageHealth.getState().damaged).toEqual([{ key, source: backupKeyFor(key) }]);
      expect(storage.getItem(backupKeyFor(key))).toBe(raw);
      // The next save writes the key, not the backup.
      store.setState({ ...store.getInitialState(), ...edited }, true);
      expect(storage.getItem(backupKeyFor(key))).toBe(raw);
    },
  );

  it.each(BAD_STATE)('replaces every field of %s with its default', async (raw) => {
    await load(store, raw, edited);
    expect(data(store.getState())).toEqual(data(store.getInitialState()));
    expect(useStorageHealth.getState().damaged).toEqual([]);
  });
});

describe('playground state: every earlier version', () => {
  it('version 0 (flat provider and baseUrl)', async () => {
    await load(
      usePlayground,
      saved({ provider: 'sippulse', baseUrl: 'https://api.example', system: 'Hi' }, 0),
    );
    const s = usePlayground.getState();
    expect(s.connections[1]).toMatchObject({
      provider: 'sippulse',
      baseUrl: 'https://api.example',
    });
    expect(s.activeConnectionId).toBe(s.connections[1]?.id);
    expect(s.system).toBe('Hi');
  });

  it('version 1 (one connection and a model)', async () => {
    await load(
      usePlayground,
      saved(
        {
          connection: { provider: 'openai', baseUrl: 'http://localhost:11434/v1' },
          model: 'llama3',
          messages: [{ id: 'm', role: 'user', content: 'Hello' }],
        },
        1,
      ),
    );
    const s = usePlayground.getState();
    expect(s.connections[1]).toMatchObject({ provider: 'openai', model: 'llama3' });
    expect(s.messages).toEqual([{ id: 'm', role: 'user', content: 'Hello' }]);
  });

  it('version 2 (the current one) is sanitised too: an answer left streaming is interrupted', async () => {
    await load(
      usePlayground,
      saved(
        {
          messages: [
            { id: 'a', role: 'assistant', content: '', run: { status: 'streaming', model: 'm' } },
          ],
        },
        2,
      ),
    );
    expect(usePlayground.getState().messages[0]?.run?.status).toBe('interrupted');
  });
});

describe('version 1 stores: a value from before versioning (version 0) keeps its valid parts', () => {
  it('tools', async () => {
    await load(
      useTools,
      saved(
        { tools: [{ id: 't', source: '{"name":"f"}', mock: '' }], autoReply: true, maxSteps: 3 },
        0,
      ),
    );
    expect(useTools.getState()).toMatchObject({
      tools: [{ id: 't', source: '{"name":"f"}', mock: '' }],
      autoReply: true,
      maxSteps: 3,
    });
  });

  it('thinking', async () => {
    await load(useThinking, saved({ byModel: { claude: { enabled: true, budget: '4096' } } }, 0));
    expect(useThinking.getState().byModel).toEqual({ claude: { enabled: true, budget: '4096' } });
  });

  it('response format', async () => {
    await load(
      useStructured,
      saved({ settings: { mode: 'json_object', schemaText: '', name: 'r', strict: false } }, 0),
    );
    expect(useStructured.getState().settings).toMatchObject({ mode: 'json_object', strict: false });
  });

  it('View code preferences (version 1 and 0 alike; an unknown tab falls back)', async () => {
    await load(useCodePrefs, saved({ language: 'python', variant: 'sdk' }, 0));
    expect(useCodePrefs.getState()).toMatchObject({ language: 'python', variant: 'sdk' });
    await load(useCodePrefs, saved({ language: 'cobol', variant: 'sdk' }, 1));
    expect(useCodePrefs.getState()).toMatchObject({ language: 'curl', variant: 'sdk' });
  });
});

describe('the storage notices', () => {
  it('"storage is full" stays until every failing key saves again, and a dismissed notice returns on a new failure', async () => {
    const { reportQuota } = await import('./storageHealth');
    reportQuota('llm-playground:state', true);
    reportQuota('llm-playground:tools', true);
    useStorageHealth.setState({ quotaDismissed: true });
    reportQuota('llm-playground:state', true);
    expect(useStorageHealth.getState()).toMatchObject({ quotaDismissed: true });
    reportQuota('llm-playground:state', false);
    reportQuota('llm-playground:tools', false);
    expect(useStorageHealth.getState().fullKeys).toEqual([]);
    reportQuota('llm-playground:state', true);
    expect(useStorageHealth.getState()).toMatchObject({
      fullKeys: ['llm-playground:state'],
      quotaDismissed: false,
    });
  });
});
