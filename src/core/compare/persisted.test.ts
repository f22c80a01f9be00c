import { describe, expect, it } from 'vitest';
import { sanitiseCompare } from './persisted';

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
});
