import { describe, expect, it } from 'vitest';
import { describeDefinitionProblem } from './definitionMessages';
import { normalizeTool, parseToolSource } from './definitions';
import { TOOL_NAME_PATTERN, toolNameOf } from './toolName';
import { uniqueToolName } from './templates';

const PARAMS = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };

describe('the function name pattern', () => {
  it('takes 1–64 letters, digits, _ and -, nothing else', () => {
    for (const ok of ['a', 'get_weather', 'get-weather', 'A1', 'x'.repeat(64)])
      expect(TOOL_NAME_PATTERN.test(ok), ok).toBe(true);
    for (const bad of ['', 'get weather', 'get.weather', 'ação', 'x'.repeat(65), 'a\n'])
      expect(TOOL_NAME_PATTERN.test(bad), bad).toBe(false);
  });
});

describe('normalizeTool', () => {
  it('keeps a {type, function} definition as it is', () => {
    const tool = {
      type: 'function',
      function: { name: 'get_weather', description: 'Weather', parameters: PARAMS, strict: true },
    };
    expect(normalizeTool(tool)).toEqual({ ok: true, tool, legacy: false, ignored: [] });
  });

  it('wraps a legacy {name, description, parameters} function', () => {
    const result = normalizeTool({
      name: 'get_weather',
      description: 'Weather',
      parameters: PARAMS,
    });
    expect(result).toEqual({
      ok: true,
      legacy: true,
      ignored: [],
      tool: {
        type: 'function',
        function: { name: 'get_weather', description: 'Weather', parameters: PARAMS },
      },
    });
  });

  it('drops (and names) keys that are not part of a definition', () => {
    const result = normalizeTool({ type: 'function', function: { name: 'f', examples: [] }, x: 1 });
    expect(result).toMatchObject({ ok: true, ignored: ['x', 'examples'] });
    if (result.ok) expect(result.tool).toEqual({ type: 'function', function: { name: 'f' } });
  });

  it('says what is wrong, at a JSON pointer', () => {
    // The pointer, and the words the checker shows for it.
    const problem = (value: unknown) => {
      const r = normalizeTool(value);
      return r.ok
        ? undefined
        : { pointer: r.problem.pointer, message: describeDefinitionProblem(r.problem) };
    };
    expect(problem([])?.pointer).toBe('');
    expect(problem({ description: 'no name' })?.message).toMatch(/^Expected \{"type": "function"/);
    expect(problem({ type: 'web_search', function: { name: 'f' } })).toEqual({
      pointer: '/type',
      message: 'Only function tools can be defined here ("type": "function"), not "web_search".',
    });
    expect(problem({ function: { name: 'f' } })?.message).toBe('"type": "function" is missing.');
    expect(problem({ type: 'function', function: 'f' })?.pointer).toBe('/function');
    expect(problem({ type: 'function', function: {} })).toEqual({
      pointer: '/function',
      message: 'The function has no "name".',
    });
    expect(problem({ type: 'function', function: { name: 'get weather' } })).toEqual({
      pointer: '/function/name',
      message:
        'The function name "get weather" must be 1–64 letters, digits, _ or - (no spaces or dots).',
    });
    expect(problem({ name: 7 })?.message).toBe('The function "name" must be a string.');
    expect(problem({ name: 'f', description: 3 })?.pointer).toBe('/description');
    expect(problem({ type: 'function', function: { name: 'f', parameters: [] } })?.pointer).toBe(
      '/function/parameters',
    );
    expect(problem({ name: 'f', strict: 'yes' })?.pointer).toBe('/strict');
  });

  it('never lets a __proto__ key from pasted JSON reach an object prototype', () => {
    const value = JSON.parse(
      '{"type":"function","function":{"name":"f","__proto__":{"polluted":true}}}',
    ) as unknown;
    const result = normalizeTool(value);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.ignored).toEqual(['__proto__']);
      expect(Object.getPrototypeOf(result.tool.function)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('reading editor text', () => {
  it('parseToolSource gives the definition to send, or nothing', () => {
    expect(parseToolSource('{"name": "f"}')).toEqual({ type: 'function', function: { name: 'f' } });
    expect(parseToolSource('{"name": "f"')).toBeUndefined();
    expect(parseToolSource('{"name": "f g"}')).toBeUndefined();
  });

  it('toolNameOf reads the name even from an otherwise invalid definition', () => {
    expect(toolNameOf('{"type": "function", "function": {"name": "bad name"}}')).toBe('bad name');
    expect(toolNameOf('{"name": "legacy"}')).toBe('legacy');
    expect(toolNameOf('not json')).toBeUndefined();
    expect(toolNameOf('{"name": ""}')).toBeUndefined();
  });

  it('uniqueToolName adds _2, _3… and stays within 64 characters', () => {
    expect(uniqueToolName('search', new Set())).toBe('search');
    expect(uniqueToolName('search', new Set(['search', 'search_2']))).toBe('search_3');
    const long = 'x'.repeat(64);
    const next = uniqueToolName(long, new Set([long]));
    expect(next).toHaveLength(64);
    expect(TOOL_NAME_PATTERN.test(next)).toBe(true);
  });
});
