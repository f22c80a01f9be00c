import { describe, expect, it } from 'vitest';
import { DEFAULT_TOOLS_STATE, MAX_TOOLS, sanitiseToolsState } from './toolsState';

describe('sanitiseToolsState', () => {
  it('keeps a valid saved state as it is', () => {
    const state = {
      tools: [{ id: 't1', source: '{"name": "f"}', mock: '{"ok": true}' }],
      toolChoice: 'function:f',
      parallelToolCalls: false,
      autoReply: true,
      maxSteps: 7,
    };
    expect(sanitiseToolsState(structuredClone(state))).toEqual(state);
  });

  it('falls back to the defaults for anything that is not a state', () => {
    for (const junk of [null, 'x', 3, [], undefined]) {
      expect(sanitiseToolsState(junk)).toEqual(DEFAULT_TOOLS_STATE);
    }
  });

  it('keeps every valid piece of a hand-edited or corrupt state', () => {
    const state = sanitiseToolsState({
      tools: [
        { id: 'a', source: 'broken json is still the user’s work' },
        { id: 'a', source: '{}', mock: 5 },
        { source: '{}' },
        { id: 'b' },
        'nonsense',
        { id: 'c', source: 'x'.repeat(300_000) },
      ],
      toolChoice: 'function:bad name',
      parallelToolCalls: 'yes',
      autoReply: 'true',
      maxSteps: 1e9,
    });
    expect(state.tools).toEqual([
      { id: 'a', source: 'broken json is still the user’s work', mock: '' },
      { id: 'a-1', source: '{}', mock: '' },
      { id: 'restored-tool-2', source: '{}', mock: '' },
    ]);
    expect(state).toMatchObject({
      toolChoice: null,
      parallelToolCalls: null,
      autoReply: false,
      maxSteps: 50,
    });
    expect(sanitiseToolsState({ maxSteps: 0 }).maxSteps).toBe(1);
    expect(sanitiseToolsState({ maxSteps: 2.5 }).maxSteps).toBe(5);
  });

  it('caps the number of tools', () => {
    const tools = Array.from({ length: MAX_TOOLS + 10 }, (_, i) => ({ id: `t${i}`, source: '{}' }));
    expect(sanitiseToolsState({ tools }).tools).toHaveLength(MAX_TOOLS);
  });
});
