import { describe, expect, it } from 'vitest';
import {
  contentKey,
  MAX_ANSWER_RECORDS,
  sanitiseStructured,
  withAnswer,
  type AnswerRecord,
} from './persisted';
import { DEFAULT_RESPONSE_FORMAT } from './responseFormat';

const record = (n: number): AnswerRecord => ({
  expected: { type: 'json_object' },
  contentKey: contentKey(String(n)),
  result: { status: 'valid', errors: [], pretty: String(n) },
});

describe('sanitiseStructured', () => {
  it('keeps a valid stored state as it is', () => {
    const stored = {
      settings: { mode: 'json_schema', schemaText: '{"type":"object"}', name: 'n', strict: false },
      answers: {
        m1: {
          expected: { type: 'json_schema', name: 'n', schema: { type: 'object' } },
          contentKey: 'abc',
          result: { status: 'invalid', errors: ['/a: must be string'], pretty: '{}' },
        },
      },
    };
    expect(sanitiseStructured(stored)).toEqual(stored);
  });

  it('falls back to defaults for garbage', () => {
    for (const raw of [null, 'x', 42, [], { settings: 'no', answers: [] }]) {
      expect(sanitiseStructured(raw)).toEqual({
        settings: DEFAULT_RESPONSE_FORMAT,
        answers: {},
      });
    }
  });

  it('repairs field by field and drops malformed answers', () => {
    const state = sanitiseStructured({
      settings: { mode: 'yaml', schemaText: 3, name: 'ok', strict: 'yes' },
      answers: {
        good: record(1),
        noKey: { ...record(2), contentKey: 5 },
        badStatus: { ...record(3), result: { status: 'great', errors: [] } },
        badExpectation: { ...record(4), expected: { type: 'json_schema', name: 'x' } },
        ['__proto__']: record(5),
        mixedErrors: { ...record(6), result: { status: 'not-json', errors: ['a', 7, null] } },
      },
    });
    expect(state.settings).toEqual({ ...DEFAULT_RESPONSE_FORMAT, name: 'ok' });
    expect(Object.keys(state.answers)).toEqual(['good', 'mixedErrors']);
    expect(state.answers.mixedErrors?.result).toEqual({ status: 'not-json', errors: ['a'] });
    expect(Object.getPrototypeOf(state.answers)).toBe(Object.prototype);
  });

  it('keeps only the newest records', () => {
    const answers: Record<string, AnswerRecord> = {};
    for (let i = 0; i < MAX_ANSWER_RECORDS + 5; i++) answers[`m${i}`] = record(i);
    const kept = Object.keys(sanitiseStructured({ answers }).answers);
    expect(kept).toHaveLength(MAX_ANSWER_RECORDS);
    expect(kept[0]).toBe('m5');
  });
});

describe('withAnswer', () => {
  it('adds or replaces a record and drops the oldest beyond the cap', () => {
    let answers: Record<string, AnswerRecord> = {};
    for (let i = 0; i < MAX_ANSWER_RECORDS; i++) answers = withAnswer(answers, `m${i}`, record(i));
    answers = withAnswer(answers, 'm0', record(99));
    expect(Object.keys(answers)).toHaveLength(MAX_ANSWER_RECORDS);
    expect(answers.m0?.result.pretty).toBe('99');
    answers = withAnswer(answers, 'new', record(100));
    expect(Object.keys(answers)).toHaveLength(MAX_ANSWER_RECORDS);
    expect(answers.m1).toBeUndefined();
    expect(answers.new).toBeDefined();
  });
});

describe('contentKey', () => {
  it('tells texts apart and is stable', () => {
    expect(contentKey('{"a":1}')).toBe(contentKey('{"a":1}'));
    expect(contentKey('{"a":1}')).not.toBe(contentKey('{"a":2}'));
    expect(contentKey('')).not.toBe(contentKey(' '));
  });
});
