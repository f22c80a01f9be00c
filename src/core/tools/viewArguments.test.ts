import { describe, expect, it } from 'vitest';
import { sanitiseToolCalls } from './storedToolCalls';
import { viewArguments } from './viewArguments';

describe('viewArguments', () => {
  it('pretty-prints arguments that parse', () => {
    expect(viewArguments('{"city":"Lisbon"}', true)).toEqual({
      kind: 'json',
      pretty: '{\n  "city": "Lisbon"\n}',
    });
    // A call without parameters may send "".
    expect(viewArguments('', true)).toEqual({ kind: 'json', pretty: '{}' });
  });

  it('shows the raw text while streaming, and raw with the reason when finished broken', () => {
    expect(viewArguments('{"city": "Lis', false)).toEqual({
      kind: 'partial',
      raw: '{"city": "Lis',
    });
    const view = viewArguments('{"city": "Lis', true);
    expect(view).toMatchObject({ kind: 'invalid', raw: '{"city": "Lis' });
    if (view.kind === 'invalid') expect(view.message).not.toBe('');
  });
});

describe('sanitiseToolCalls', () => {
  it('keeps well-formed calls only, rebuilt field by field', () => {
    const good = { id: 'c', type: 'function', function: { name: 'f', arguments: '{}' } };
    expect(
      sanitiseToolCalls([
        { ...good, extra: 1 },
        { id: 'x' },
        { id: 'y', function: { name: 'f' } },
        null,
        { id: 3, function: { name: 'f', arguments: '' } },
      ]),
    ).toEqual([good]);
    expect(sanitiseToolCalls('no')).toBeUndefined();
    expect(sanitiseToolCalls([{}])).toBeUndefined();
  });
});
