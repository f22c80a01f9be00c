import { describe, expect, it } from 'vitest';
import { modelContext } from '../params/registry';
import type { ModelInfo } from '../types';
import {
  DEFAULT_RESPONSE_FORMAT,
  mentionsJson,
  parseSchemaText,
  responseFormatApplies,
  responseFormatBody,
  schemaNameProblem,
  type ResponseFormatSettings,
} from './responseFormat';

const info = (resources: string[]): ModelInfo => ({
  id: 'm',
  status: 'active',
  resources,
  factSource: 'api',
});

const settings = (patch: Partial<ResponseFormatSettings>): ResponseFormatSettings => ({
  ...DEFAULT_RESPONSE_FORMAT,
  ...patch,
});

describe('responseFormatApplies', () => {
  it('offers structured output on SipPulse only for models listing json_schema', () => {
    expect(responseFormatApplies(modelContext('gpt-4o', info(['tools', 'json_schema'])))).toBe(
      true,
    );
    expect(responseFormatApplies(modelContext('llama-3', info(['tools'])))).toBe(false);
    // An unknown model (list not loaded) is not offered it either.
    expect(responseFormatApplies(modelContext('gpt-4o'))).toBe(false);
  });

  it('offers it on OpenAI-compatible servers and the in-browser engine, in chat only', () => {
    expect(responseFormatApplies(modelContext('x', undefined, 'openai'))).toBe(true);
    expect(responseFormatApplies(modelContext('x', undefined, 'inbrowser'))).toBe(true);
    expect(responseFormatApplies(modelContext('x', undefined, 'openai', 'complete'))).toBe(false);
  });
});

describe('responseFormatBody', () => {
  it('sends nothing until the user chooses a format, and text only when chosen', () => {
    expect(responseFormatBody(settings({ mode: 'unset' }))).toBeUndefined();
    expect(responseFormatBody(settings({ mode: 'text' }))).toEqual({ type: 'text' });
    expect(responseFormatBody(settings({ mode: 'json_object' }))).toEqual({ type: 'json_object' });
  });

  it('sends the parsed schema with its name and strict flag', () => {
    const body = responseFormatBody(
      settings({
        mode: 'json_schema',
        name: 'answer',
        strict: false,
        schemaText: '{"type": "object", "properties": {"a": {"type": "string"}}}',
      }),
    );
    expect(body).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'answer',
        schema: { type: 'object', properties: { a: { type: 'string' } } },
        strict: false,
      },
    });
  });

  it('sends nothing for a schema that does not parse (Send is blocked anyway)', () => {
    expect(responseFormatBody(settings({ mode: 'json_schema', schemaText: '{' }))).toBeUndefined();
  });
});

describe('parseSchemaText', () => {
  it('accepts a JSON object', () => {
    expect(parseSchemaText('{"type":"object"}')).toEqual({ ok: true, value: { type: 'object' } });
  });

  it('says quickly that the text is not JSON (where is worked out lazily, see schemaText)', () => {
    expect(parseSchemaText('{"type": }')).toEqual({
      ok: false,
      message: 'The schema is not valid JSON.',
      syntax: true,
    });
  });

  it.each(['[]', '"object"', 'null', '42'])('refuses a non-object %s', (text) => {
    const result = parseSchemaText(text);
    expect(result).toEqual({
      ok: false,
      message: 'The schema must be a JSON object, such as {"type": "object"}.',
    });
  });

  it('asks for a schema when the text is blank', () => {
    expect(parseSchemaText('  \n')).toEqual({
      ok: false,
      message: 'Write a JSON schema, or pick an example.',
    });
  });
});

describe('schemaNameProblem', () => {
  it.each(['person', 'item_list', 'A-1', 'x'.repeat(64)])('accepts %s', (name) => {
    expect(schemaNameProblem(name)).toBeNull();
  });
  it.each(['', 'has space', 'dot.name', 'x'.repeat(65), 'é'])('refuses %j', (name) => {
    expect(schemaNameProblem(name)).not.toBeNull();
  });
});

describe('mentionsJson (JSON object mode needs the word in the context)', () => {
  it('finds the word in any text, in any case', () => {
    expect(mentionsJson(['You are helpful.', 'Answer in JSON.'])).toBe(true);
    expect(mentionsJson(['reply as json please'])).toBe(true);
    expect(mentionsJson(['{"jsonSchema": 1}'])).toBe(true);
  });
  it('misses it when no text has it', () => {
    expect(mentionsJson(['You are helpful.', 'List three colours.', ''])).toBe(false);
    expect(mentionsJson([])).toBe(false);
  });
});
