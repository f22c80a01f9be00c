import { describe, expect, it } from 'vitest';
import { COMPARE_VERSION, sanitiseCompare } from './persisted';

describe('sanitiseCompare', () => {
  it('keeps well-formed columns', () => {
    const value = {
      columns: [
        { id: 'a', connectionId: 'in-browser', model: 'stories260K', raw: { temperature: '0.7' } },
        { id: 'b', connectionId: 'c-1', model: null, raw: {} },
      ],
    };
    expect(sanitiseCompare(value)).toEqual(value);
  });

  it('drops malformed and duplicate columns, and caps at four', () => {
    const good = (id: string) => ({ id, connectionId: 'c', model: 'm', raw: {} });
    const result = sanitiseCompare({
      columns: [
        good('a'),
        null,
        { id: 'b' },
        { id: 3, connectionId: 'c' },
        good('a'),
        good('c'),
        good('d'),
        good('e'),
        good('f'),
      ],
    });
    expect(result.columns.map((c) => c.id)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('keeps only string parameter values, and treats __proto__ as a plain key', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": "1"}, "top_p": "0.5", "n": 2}') as unknown;
    const result = sanitiseCompare({ columns: [{ id: 'a', connectionId: 'c', model: 7, raw }] });
    expect(result.columns[0]?.model).toBeNull();
    expect(result.columns[0]?.raw).toEqual({ top_p: '0.5' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns no columns for anything else', () => {
    for (const value of [undefined, null, 'x', [], { columns: 'no' }]) {
      expect(sanitiseCompare(value)).toEqual({ columns: [] });
    }
  });

  it("keeps a column's own prompt, rebuilt message by message", () => {
    const own = {
      system: 'Mine',
      messages: [
        { id: 'u', role: 'user', content: 'Hi', images: ['data:image/png;base64,AAAA'] },
        { id: 'bad', role: 'system', content: 'dropped' },
        { id: 'a', role: 'assistant', content: 'Hello', extra: 'dropped' },
      ],
    };
    const result = sanitiseCompare({
      columns: [{ id: 'a', connectionId: 'c', model: 'm', raw: {}, own }],
    });
    expect(result.columns[0]?.own).toEqual({
      system: 'Mine',
      messages: [
        { id: 'u', role: 'user', content: 'Hi', images: ['data:image/png;base64,AAAA'] },
        { id: 'a', role: 'assistant', content: 'Hello' },
      ],
    });
  });

  it('makes a column with a malformed own prompt a synced one', () => {
    for (const own of [null, 'x', { system: 3, messages: [] }, { system: '', messages: {} }]) {
      const result = sanitiseCompare({ columns: [{ id: 'a', connectionId: 'c', own }] });
      expect(result.columns[0]).toEqual({ id: 'a', connectionId: 'c', model: null, raw: {} });
    }
  });
});

describe('migration from version 1', () => {
  it('is version 2 now', () => {
    expect(COMPARE_VERSION).toBe(2);
  });

  it('keeps every column, each synced with the playground', () => {
    const v1 = {
      columns: [
        { id: 'a', connectionId: 'c', model: 'm', raw: { top_p: '0.5' } },
        // Version 1 had no own prompt: a stray field of that name is not taken as one.
        { id: 'b', connectionId: 'c', model: null, raw: {}, own: { system: 'x', messages: [] } },
      ],
    };
    expect(sanitiseCompare(v1, 1)).toEqual({
      columns: [
        { id: 'a', connectionId: 'c', model: 'm', raw: { top_p: '0.5' } },
        { id: 'b', connectionId: 'c', model: null, raw: {} },
      ],
    });
  });
});
