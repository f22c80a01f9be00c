import { describe, expect, it } from 'vitest';
import {
  exportPresets,
  MAX_PRESET_NAME,
  MAX_PRESETS,
  MAX_SYSTEM_CHARS,
  parseImport,
  sanitisePresets,
  uniqueName,
  type Preset,
} from './presets';

const tool = '{"type":"function","function":{"name":"get_weather","parameters":{}}}';

const preset: Preset = {
  id: 'p1',
  name: 'Terse JSON',
  updatedAt: 5,
  connectionId: 'c1',
  model: 'gpt-4o',
  params: { temperature: '0.2', max_tokens: '100' },
  system: 'Answer in JSON.',
  tools: [{ source: tool, mock: '{"temp": 20}' }],
  toolChoice: 'required',
  parallelToolCalls: false,
  responseFormat: {
    mode: 'json_schema',
    schemaText: '{"type":"object"}',
    name: 'out',
    strict: true,
  },
};

let n = 0;
const newId = () => `new-${++n}`;

describe('sanitisePresets', () => {
  it('keeps a valid preset exactly', () => {
    expect(sanitisePresets(JSON.parse(JSON.stringify({ presets: [preset] })))).toEqual({
      presets: [preset],
    });
  });

  it('starts empty from nothing or garbage', () => {
    expect(sanitisePresets(undefined)).toEqual({ presets: [] });
    expect(sanitisePresets({ presets: 'x' })).toEqual({ presets: [] });
  });

  it('drops entries without a name, keeps the rest, and fills in defaults', () => {
    const state = sanitisePresets({
      presets: [{ system: 'no name' }, { name: '   ' }, 7, { name: '  Just  a name ' }],
    });
    expect(state.presets).toEqual([
      {
        id: 'restored-preset-3',
        name: 'Just a name',
        updatedAt: 0,
        connectionId: null,
        model: null,
        params: {},
        system: '',
        tools: [],
        toolChoice: null,
        parallelToolCalls: null,
        responseFormat: { mode: 'unset', schemaText: '', name: 'response', strict: true },
      },
    ]);
  });

  it('cleans hostile or wrong-typed fields without dropping the preset', () => {
    const raw = JSON.parse(
      `{"presets":[{"id":"a","name":"x","params":{"__proto__":"1","temperature":0.5,"top_p":"0.9"},
        "toolChoice":"sometimes","parallelToolCalls":"yes","tools":[{"source":5},{"source":"{}"}],
        "responseFormat":{"mode":"xml"}}]}`,
    ) as unknown;
    const [p] = sanitisePresets(raw).presets;
    expect(p?.params).toEqual({ top_p: '0.9' });
    expect(Object.getPrototypeOf(p?.params)).toBe(Object.prototype);
    expect(p?.toolChoice).toBeNull();
    expect(p?.parallelToolCalls).toBeNull();
    expect(p?.tools).toEqual([{ source: '{}', mock: '' }]);
    expect(p?.responseFormat.mode).toBe('unset');
  });

  it('makes repeated ids unique, caps names, the count and giant system messages', () => {
    const many = Array.from({ length: MAX_PRESETS + 5 }, (_, i) => ({ id: 'same', name: `p${i}` }));
    const { presets } = sanitisePresets({ presets: many });
    expect(presets).toHaveLength(MAX_PRESETS);
    expect(new Set(presets.map((p) => p.id)).size).toBe(MAX_PRESETS);
    const long = sanitisePresets({ presets: [{ name: 'n'.repeat(500) }] }).presets[0];
    expect(long?.name).toHaveLength(MAX_PRESET_NAME);
    const huge = { name: 'big', system: 'x'.repeat(MAX_SYSTEM_CHARS + 1) };
    expect(sanitisePresets({ presets: [huge] }).presets).toEqual([]);
  });
});

describe('uniqueName', () => {
  it('numbers a taken name, case-insensitively', () => {
    expect(uniqueName('A', [])).toBe('A');
    expect(uniqueName('A', ['a', 'A (2)'])).toBe('A (3)');
  });
});

describe('export and import', () => {
  it('round-trips the content under fresh ids, without the old ids or times', () => {
    const text = exportPresets([preset]);
    expect(text).not.toContain('"p1"');
    const result = parseImport(text, [], newId, 99);
    expect(result.error).toBeUndefined();
    expect(result.skipped).toBe(0);
    expect(result.presets).toEqual([
      { ...preset, id: expect.stringMatching(/^new-/) as unknown, updatedAt: 99 },
    ]);
  });

  it('renames imported presets whose names are taken, also within the file', () => {
    const text = exportPresets([preset, { ...preset, id: 'p2' }]);
    const names = parseImport(text, ['Terse JSON'], newId, 1).presets.map((p) => p.name);
    expect(names).toEqual(['Terse JSON (2)', 'Terse JSON (3)']);
  });

  it('skips and counts what is not a preset', () => {
    const text = JSON.stringify({
      format: 'llm-playground-presets',
      version: 1,
      presets: [{ name: 'ok' }, { nope: true }, null],
    });
    const result = parseImport(text, [], newId, 1);
    expect(result.presets.map((p) => p.name)).toEqual(['ok']);
    expect(result.skipped).toBe(2);
  });

  it('refuses text that is not JSON, another JSON file, or a newer format', () => {
    expect(parseImport('{oops', [], newId, 1).error).toBe('The file is not JSON.');
    expect(parseImport('{"presets": []}', [], newId, 1).error).toMatch(/not an LLM Playground/);
    const newer = JSON.stringify({ format: 'llm-playground-presets', version: 2, presets: [] });
    expect(parseImport(newer, [], newId, 1).error).toMatch(/newer version/);
  });

  it('does not import beyond the cap', () => {
    const existing = Array.from({ length: MAX_PRESETS - 1 }, (_, i) => `e${i}`);
    const result = parseImport(exportPresets([preset, preset]), existing, newId, 1);
    expect(result.presets).toHaveLength(1);
    expect(result.skipped).toBe(1);
  });
});
