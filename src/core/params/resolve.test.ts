import { describe, expect, it } from 'vitest';
import type { ModelInfo } from '../types';
import { modelContext } from './registry';
import { escapeSequence, resolveParams, unescapeSequence, type RawParams } from './resolve';

function info(id: string, extra: Partial<ModelInfo> = {}): ModelInfo {
  return { id, status: 'active', resources: [], factSource: 'none', ...extra };
}

function resolve(id: string, raw: RawParams, modelInfo?: ModelInfo) {
  return resolveParams(modelContext(id, modelInfo), raw);
}

describe('resolveParams: what is sent', () => {
  it('sends nothing when nothing is set', () => {
    expect(resolve('gpt-4o', {})).toEqual({ values: {}, errors: {} });
  });

  it('parses set values to numbers and sends only those', () => {
    const { values, errors } = resolve('gpt-4o', {
      temperature: '0.7',
      max_tokens: ' 256 ',
      frequency_penalty: '-1.5',
      seed: '42',
      top_p: '.5',
    });
    expect(errors).toEqual({});
    expect(values).toEqual({
      temperature: 0.7,
      max_tokens: 256,
      frequency_penalty: -1.5,
      seed: 42,
      top_p: 0.5,
    });
    expect(typeof values.temperature).toBe('number');
  });

  it('accepts range boundaries', () => {
    const { values, errors } = resolve('gpt-4o', { temperature: '0', top_p: '1' });
    expect(errors).toEqual({});
    expect(values).toEqual({ temperature: 0, top_p: 1 });
  });

  it('leaves out parameters the model does not take, without an error', () => {
    const { values, errors } = resolve('o3-mini', {
      temperature: '0.5',
      top_p: '0.9',
      stop: 'END',
      seed: '1',
      reasoning_effort: 'high',
    });
    expect(errors).toEqual({});
    expect(values).toEqual({ reasoning_effort: 'high' });
  });

  it('leaves out top_k for gpt-4o and penalties/seed for claude', () => {
    expect(resolve('gpt-4o', { top_k: '40' }).values).toEqual({});
    expect(
      resolve('claude-sonnet-4', { top_k: '40', presence_penalty: '1', seed: '3' }).values,
    ).toEqual({ top_k: 40 });
  });

  it('does not validate a parameter the model does not take', () => {
    expect(resolve('o3', { temperature: 'abc' }).errors).toEqual({});
  });
});

describe('resolveParams: number errors name the parameter', () => {
  it.each([
    ['temperature', '2.5', 'Temperature'],
    ['temperature', '-0.1', 'Temperature'],
    ['top_p', '1.01', 'Top P'],
    ['frequency_penalty', '3', 'Frequency penalty'],
    ['presence_penalty', '-2.01', 'Presence penalty'],
    ['max_tokens', '0', 'Max tokens'],
  ])('%s = %s is out of range', (key, value, label) => {
    const { values, errors } = resolve('gpt-4o', { [key]: value });
    expect(values).not.toHaveProperty(key);
    expect(errors[key]).toContain(label);
    expect(errors[key]).toMatch(/between/);
  });

  it('states the allowed range', () => {
    expect(resolve('gpt-4o', { temperature: '3' }).errors.temperature).toBe(
      'Temperature must be between 0 and 2.',
    );
  });

  it.each(['abc', '1.2.3', '0x10', '1,5', 'Infinity', 'NaN', '1e400', '--1'])(
    'rejects the non-number %j',
    (text) => {
      const { values, errors } = resolve('gpt-4o', { temperature: text });
      expect(values).toEqual({});
      expect(errors.temperature).toBe('Temperature must be a number.');
    },
  );

  it.each(['', '   '])('rejects the empty value %j and says how to leave it out', (text) => {
    const { values, errors } = resolve('gpt-4o', { max_tokens: text });
    expect(values).toEqual({});
    expect(errors.max_tokens).toContain('Max tokens');
    expect(errors.max_tokens).toMatch(/reset/);
  });

  it.each([
    ['max_tokens', '100.5', 'Max tokens'],
    ['seed', '1.5', 'Seed'],
  ])('rejects the non-integer %s = %s', (key, value, label) => {
    const { errors } = resolve('gpt-4o', { [key]: value });
    expect(errors[key]).toBe(`${label} must be a whole number.`);
  });

  it('rejects a non-integer top_k', () => {
    expect(resolve('llama-3.3-70b', { top_k: '4.5' }).errors.top_k).toBe(
      'Top K must be a whole number.',
    );
  });

  it('accepts an integer written with a trailing ".0" or exponent', () => {
    expect(resolve('gpt-4o', { max_tokens: '100.0', seed: '1e3' }).values).toEqual({
      max_tokens: 100,
      seed: 1000,
    });
  });

  it('reports every invalid field at once and sends the valid ones', () => {
    const { values, errors } = resolve('gpt-4o', { temperature: 'abc', top_p: '9', seed: '7' });
    expect(Object.keys(errors).sort()).toEqual(['temperature', 'top_p']);
    expect(values).toEqual({ seed: 7 });
  });
});

describe('resolveParams: max_tokens upper bound', () => {
  it("uses the model's maxOutputTokens", () => {
    const gpt4o = info('gpt-4o', { maxOutputTokens: 16384 });
    expect(resolve('gpt-4o', { max_tokens: '16384' }, gpt4o).values).toEqual({
      max_tokens: 16384,
    });
    expect(resolve('gpt-4o', { max_tokens: '16385' }, gpt4o).errors.max_tokens).toBe(
      'Max tokens must be between 1 and 16384.',
    );
  });

  it('falls back to 128000 when the limit is unknown', () => {
    expect(resolve('mystery', { max_tokens: '128000' }).values).toEqual({ max_tokens: 128000 });
    expect(resolve('mystery', { max_tokens: '128001' }).errors.max_tokens).toMatch(
      /between 1 and 128,?000/,
    );
  });
});

describe('resolveParams: stop sequences', () => {
  it('takes one sequence per line and ignores blank lines', () => {
    expect(resolve('gpt-4o', { stop: 'END\n\nSTOP\n' }).values).toEqual({ stop: ['END', 'STOP'] });
  });

  it('turns \\n, \\t and \\\\ escapes into the characters they stand for', () => {
    const { values } = resolve('gpt-4o', { stop: '\\n\\n\nA\\tB\nC:\\\\' });
    expect(values.stop).toEqual(['\n\n', 'A\tB', 'C:\\']);
  });

  it('keeps a literal backslash-n when the backslash is escaped', () => {
    expect(resolve('gpt-4o', { stop: '\\\\n' }).values.stop).toEqual(['\\n']);
  });

  it('allows 4 sequences and rejects 5', () => {
    expect(resolve('gpt-4o', { stop: 'a\nb\nc\nd' }).values.stop).toEqual(['a', 'b', 'c', 'd']);
    const five = resolve('gpt-4o', { stop: 'a\nb\nc\nd\ne' });
    expect(five.values).toEqual({});
    expect(five.errors.stop).toMatch(/4/);
    expect(five.errors.stop).toMatch(/stop sequences/i);
  });

  it('does not count blank lines toward the limit', () => {
    expect(resolve('gpt-4o', { stop: 'a\n\nb\n\nc\n\nd\n\n' }).values.stop).toHaveLength(4);
  });

  it('rejects a set but empty list, naming Stop sequences', () => {
    const { values, errors } = resolve('gpt-4o', { stop: '\n\n' });
    expect(values).toEqual({});
    expect(errors.stop).toContain('Stop sequences');
  });
});

describe('resolveParams: reasoning effort', () => {
  it('accepts the family options', () => {
    expect(resolve('gpt-5', { reasoning_effort: 'minimal' }).values).toEqual({
      reasoning_effort: 'minimal',
    });
    expect(resolve('o4-mini', { reasoning_effort: 'low' }).values).toEqual({
      reasoning_effort: 'low',
    });
  });

  it('rejects "minimal" for the o-series and lists the valid choices', () => {
    const { values, errors } = resolve('o3-mini', { reasoning_effort: 'minimal' });
    expect(values).toEqual({});
    expect(errors.reasoning_effort).toContain('low, medium, high');
    expect(errors.reasoning_effort).not.toContain('minimal');
  });

  it.each(['', 'HIGH', 'extreme'])('rejects %j', (text) => {
    expect(resolve('gpt-5', { reasoning_effort: text }).errors.reasoning_effort).toMatch(
      /Choose one of/,
    );
  });
});

describe('escapeSequence / unescapeSequence', () => {
  it.each(['\n', '\n\n', '\t', '\r\n', '\\', '\\n', 'C:\\path\\to', 'END', '</s>', '', 'a\\\\\nb'])(
    'round-trips %j',
    (sequence) => {
      const line = escapeSequence(sequence);
      expect(line).not.toContain('\n');
      expect(unescapeSequence(line)).toBe(sequence);
    },
  );

  it('escapes to what a user would type', () => {
    expect(escapeSequence('\n\nHuman:')).toBe('\\n\\nHuman:');
    expect(escapeSequence('a\tb\\')).toBe('a\\tb\\\\');
  });

  it('a sequence shown in the editor resolves back to the same sequence', () => {
    const sequences = ['\n\n', 'a\\b', '\t###'];
    const text = sequences.map(escapeSequence).join('\n');
    expect(resolve('gpt-4o', { stop: text }).values.stop).toEqual(sequences);
  });
});

describe('resolveParams: options with wire values', () => {
  it('sends Echo prompt as a JSON boolean, not the text "true"', () => {
    const ctx = modelContext('gpt-3.5-turbo-instruct', undefined, 'openai', 'complete');
    expect(resolveParams(ctx, { echo: 'true' }).values).toEqual({ echo: true });
    expect(resolveParams(ctx, { echo: 'false' }).values).toEqual({ echo: false });
    expect(resolveParams(ctx, { echo: 'yes' }).errors.echo).toMatch(/Choose one of/);
  });
});
