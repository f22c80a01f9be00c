import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../conversation/types';
import { substituteMessages, templateTexts } from './conversation';
import {
  findVariables,
  MAX_VALUE_CHARS,
  MAX_VARIABLES,
  missingVariables,
  sanitiseVariables,
  substitute,
  withValue,
} from './variables';

describe('findVariables', () => {
  it('lists names in order of first appearance, once each', () => {
    expect(
      findVariables(['Hi {{name}}, from {{ city }}.', 'Again {{name}} and {{a.b-c_1}}']),
    ).toEqual(['name', 'city', 'a.b-c_1']);
  });

  it('ignores escaped variables and malformed names', () => {
    expect(findVariables(['\\{{literal}} {{1bad}} {{a b}} {{ }} {{ok}}'])).toEqual(['ok']);
  });
});

describe('substitute', () => {
  const values = { name: 'Ada', city: 'London', empty: '' };

  it('fills every occurrence, with or without spaces inside the braces', () => {
    expect(substitute('{{name}} lives in {{ city }}; {{name}}!', values)).toBe(
      'Ada lives in London; Ada!',
    );
  });

  it('keeps escaped variables literal and drops the backslash', () => {
    expect(substitute('Write \\{{name}} for {{name}}', values)).toBe('Write {{name}} for Ada');
  });

  it('leaves unknown and empty variables as typed', () => {
    expect(substitute('{{unknown}} {{empty}}', values)).toBe('{{unknown}} {{empty}}');
  });

  it('does not substitute inside a value (no recursion)', () => {
    expect(substitute('{{a}}', { a: '{{b}}', b: 'x' })).toBe('{{b}}');
  });

  it('inserts values with $ patterns literally', () => {
    expect(substitute('cost: {{p}}', { p: "$& and $1 and $'" })).toBe("cost: $& and $1 and $'");
  });

  it('treats inherited object keys as unknown names', () => {
    expect(substitute('{{constructor}} {{toString}}', {})).toBe('{{constructor}} {{toString}}');
    expect(missingVariables(['{{constructor}}'], {})).toEqual(['constructor']);
  });
});

describe('missingVariables', () => {
  it('reports names without a value, empty ones included', () => {
    expect(missingVariables(['{{a}} {{b}} {{c}}'], { a: 'x', b: '' })).toEqual(['b', 'c']);
  });
});

describe('sanitiseVariables', () => {
  it('keeps well-formed names with string values', () => {
    const { values } = sanitiseVariables({
      values: { ok: 'v', 'bad name': 'x', n: 3, '1x': 'y', 'a.b': 'z' },
    });
    expect({ ...values }).toEqual({ ok: 'v', 'a.b': 'z' });
  });

  it('returns an empty set for anything that is not the stored shape', () => {
    for (const raw of [null, 'x', [], { values: [] }, { values: 'x' }, {}]) {
      expect(Object.keys(sanitiseVariables(raw).values)).toEqual([]);
    }
  });

  it('keeps __proto__ as plain data, never as a prototype', () => {
    const raw: unknown = JSON.parse('{"values":{"__proto__":"evil","x":"1"}}');
    const { values } = sanitiseVariables(raw);
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(Object.hasOwn(values, '__proto__')).toBe(true);
    expect(substitute('{{__proto__}}-{{x}}', values)).toBe('evil-1');
  });

  it('caps the number of variables and the length of values', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_VARIABLES + 5 }, (_, i) => [`v${i}`, 'x']),
    );
    expect(Object.keys(sanitiseVariables({ values: many }).values)).toHaveLength(MAX_VARIABLES);
    const long = sanitiseVariables({ values: { a: 'y'.repeat(MAX_VALUE_CHARS + 10) } });
    expect(long.values.a).toHaveLength(MAX_VALUE_CHARS);
  });

  it('withValue returns a new object and leaves the old one alone', () => {
    const before = sanitiseVariables({ values: { a: '1' } }).values;
    const after = withValue(before, 'b', '2');
    expect({ ...after }).toEqual({ a: '1', b: '2' });
    expect({ ...before }).toEqual({ a: '1' });
  });
});

describe('conversation templates', () => {
  const messages: ConversationMessage[] = [
    { id: '1', role: 'user', content: 'Tell {{who}} a joke' },
    {
      id: '2',
      role: 'assistant',
      content: 'Use {{x}} in Mustache',
      run: { status: 'done', model: 'm' },
    },
    { id: '3', role: 'assistant', content: 'Typed by {{who}}' },
    { id: '4', role: 'tool', content: '{{tool}}', toolCallId: 'c' },
  ];

  it('reads variables from the system message, written messages and the draft', () => {
    const texts = templateTexts({
      mode: 'chat',
      system: 'You are {{persona}}',
      messages,
      draft: 'and {{topic}}',
      prompt: '{{ignored}}',
      suffix: '',
    });
    expect(findVariables(texts)).toEqual(['persona', 'who', 'topic']);
  });

  it('reads only the prompt and suffix in Complete mode', () => {
    const texts = templateTexts({
      mode: 'complete',
      system: '{{s}}',
      messages,
      draft: '{{d}}',
      prompt: 'Once {{p}}',
      suffix: '{{q}}',
    });
    expect(findVariables(texts)).toEqual(['p', 'q']);
  });

  it('substitutes written messages and leaves answers and tool results untouched', () => {
    const out = substituteMessages(messages, { who: 'Bob', x: 'X', tool: 'T' });
    expect(out.map((m) => m.content)).toEqual([
      'Tell Bob a joke',
      'Use {{x}} in Mustache',
      'Typed by Bob',
      '{{tool}}',
    ]);
    expect(out[1]).toBe(messages[1]);
  });
});
