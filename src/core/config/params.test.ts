import { describe, expect, it } from 'vitest';
import { resolveParams } from '../params/resolve';
import { modelContext } from '../params/registry';
import { defaultRawParams, rawParamsFor, toRawParam } from './params';
import type { ParamRules } from './types';

const rules: ParamRules = {
  defaults: { temperature: 0.2, stop: ['END', 'line\nbreak'], seed: 42 },
  locked: ['temperature', 'top_p'],
};

describe('toRawParam', () => {
  it('writes values as the panel holds them, stop sequences one per line', () => {
    expect(toRawParam(0.2)).toBe('0.2');
    expect(toRawParam(true)).toBe('true');
    expect(toRawParam('low')).toBe('low');
    expect(toRawParam(['END', 'a\nb'])).toBe('END\na\\nb');
  });
});

describe('rawParamsFor', () => {
  it('starts an untouched model from the defaults, locks on top', () => {
    expect(rawParamsFor(undefined, rules)).toEqual({
      temperature: '0.2',
      stop: 'END\nline\\nbreak',
      seed: '42',
    });
  });

  it('keeps what the user set for a model, except locked parameters', () => {
    const stored = { temperature: '1.5', top_p: '0.5', max_tokens: '100' };
    expect(rawParamsFor(stored, rules)).toEqual({ temperature: '0.2', max_tokens: '100' });
    // A model the user reset entirely stays reset (locks still apply).
    expect(rawParamsFor({}, rules)).toEqual({ temperature: '0.2' });
  });

  it('without rules, returns what the user stored unchanged', () => {
    const stored = { temperature: '1' };
    expect(rawParamsFor(stored, { defaults: {}, locked: [] })).toBe(stored);
  });

  it('defaults resolve to the request values they stand for', () => {
    const ctx = modelContext('gpt-4o', undefined, 'openai', 'chat');
    expect(resolveParams(ctx, rawParamsFor(undefined, rules)).values).toEqual({
      temperature: 0.2,
      stop: ['END', 'line\nbreak'],
      seed: 42,
    });
  });

  it('gives the same defaults object for the same rules (stable for React)', () => {
    expect(defaultRawParams(rules)).toBe(defaultRawParams(rules));
  });
});
