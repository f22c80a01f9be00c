// The presets feature against the real stores (in-memory localStorage).
import { describe, expect, it, vi } from 'vitest';

const memory = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => void memory.set(k, v),
  removeItem: (k: string) => void memory.delete(k),
});
// Saved by an earlier session: one valid preset, one that is not.
memory.set(
  'llm-playground:presets',
  JSON.stringify({ state: { presets: [{ id: 'a', name: 'Kept' }, { id: 'b' }] }, version: 1 }),
);

const { selectModel, usePlayground } = await import('../../stores/playgroundStore');
const { useTools } = await import('../../stores/toolsStore');
const { useStructured } = await import('../structured/structuredStore');
const { applyPreset, captureCurrent } = await import('./presetActions');
const { usePresets } = await import('./presetsStore');

const TOOL = '{"type":"function","function":{"name":"get_weather","parameters":{}}}';

function setUp(model: string, temperature: string, system: string) {
  usePlayground.getState().setModel(model);
  usePlayground.getState().setParam(model, 'temperature', temperature);
  usePlayground.getState().setSystem(system);
}

describe('captureCurrent and applyPreset', () => {
  it('bring back model, parameters, system, tools and format, leaving the conversation', () => {
    setUp('stories260K', '0.3', 'Pirate.');
    useTools.getState().addTools([{ source: TOOL, mock: '{"t":1}' }]);
    useTools.getState().setToolChoice('required');
    useStructured.getState().setMode('json_object');
    const saved = captureCurrent();

    setUp('other-model', '0.9', 'Plain.');
    useTools.setState({ tools: [], toolChoice: null });
    useStructured.getState().setMode('text');
    usePlayground.getState().addMessage('user', 'keep me');

    const note = applyPreset({ ...saved, id: 'p', name: 'Pirate', updatedAt: 0 });
    expect(note).toBeUndefined();
    const s = usePlayground.getState();
    expect(selectModel(s)).toBe('stories260K');
    expect(s.paramsByModel['stories260K']).toMatchObject({ temperature: '0.3' });
    expect(s.system).toBe('Pirate.');
    expect(s.messages.map((m) => m.content)).toEqual(['keep me']);
    expect(useTools.getState().tools.map((t) => [t.source, t.mock])).toEqual([[TOOL, '{"t":1}']]);
    expect(useTools.getState().toolChoice).toBe('required');
    expect(useStructured.getState().settings.mode).toBe('json_object');
  });

  it('keeps the current model when the preset’s connection is gone, and says so', () => {
    setUp('stories260K', '1', '');
    const note = applyPreset({
      ...captureCurrent(),
      connectionId: 'deleted',
      model: 'gpt-4o',
      system: 'From preset',
      id: 'p',
      name: 'Gone',
      updatedAt: 0,
    });
    expect(note).toMatch(/no longer exists/);
    expect(selectModel(usePlayground.getState())).toBe('stories260K');
    expect(usePlayground.getState().system).toBe('From preset');
  });
});

describe('presets store', () => {
  it('comes back sanitised from storage and saves under its own key, version 1', () => {
    expect(usePresets.getState().presets.map((p) => p.name)).toEqual(['Kept']);
    expect(usePresets.getState().save('kept', captureCurrent())).toBe('updated');
    expect(usePresets.getState().save('New', captureCurrent())).toBe('added');
    const stored = JSON.parse(memory.get('llm-playground:presets') ?? '{}') as {
      version: number;
      state: { presets: { name: string }[] };
    };
    expect(stored.version).toBe(1);
    expect(stored.state.presets.map((p) => p.name)).toEqual(['Kept', 'New']);
  });
});
