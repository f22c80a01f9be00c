import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { schemaDraft } from './drafts';
import { SCHEMA_EXAMPLES } from './examples';
import {
  ajvOptions,
  atPointer,
  checkAnswer,
  checkSchema,
  strictModeHints,
  type AnswerExpectation,
} from './schemaCheck';

function draft07() {
  const warnings: string[] = [];
  return { ajv: new Ajv(ajvOptions((w) => warnings.push(w))), warnings };
}

const PERSON = SCHEMA_EXAMPLES.find((e) => e.id === 'person');
if (!PERSON) throw new Error('the person example is missing');
const personExpectation: AnswerExpectation = {
  type: 'json_schema',
  name: 'person',
  schema: PERSON.schema,
};

describe('checkSchema (ajv meta-schema)', () => {
  it.each(SCHEMA_EXAMPLES.map((e) => [e.id, e.schema] as const))(
    'accepts the %s example',
    (_, schema) => {
      const { ajv, warnings } = draft07();
      expect(checkSchema(ajv, schema, warnings)).toEqual({ errors: [], warnings: [] });
    },
  );

  it('accepts a minimal and a nested valid schema', () => {
    const { ajv, warnings } = draft07();
    expect(checkSchema(ajv, { type: 'object' }, warnings).errors).toEqual([]);
    const nested = {
      type: 'object',
      properties: { tags: { type: 'array', items: { $ref: '#/definitions/tag' } } },
      definitions: { tag: { type: 'string', minLength: 1 } },
    };
    expect(checkSchema(ajv, nested, warnings).errors).toEqual([]);
  });

  it('names a misspelt type once, with the allowed values and what was written', () => {
    const { ajv, warnings } = draft07();
    const { errors } = checkSchema(
      ajv,
      { type: 'object', properties: { age: { type: 'integr' } } },
      warnings,
    );
    expect(errors).toEqual([
      '/properties/age/type: must be one of "array", "boolean", "integer", "null", "number", "object", "string" (it is "integr")',
    ]);
  });

  it('reports each meta-schema error at its place in the schema', () => {
    const { ajv, warnings } = draft07();
    const { errors } = checkSchema(
      ajv,
      { type: 'object', required: 'name', properties: { n: { minLength: -1 } } },
      warnings,
    );
    expect(errors).toEqual([
      '/required: must be array (it is "name")',
      '/properties/n/minLength: must be >= 0',
    ]);
  });

  it('catches a $ref that points nowhere, which the meta-schema cannot', () => {
    const { ajv, warnings } = draft07();
    const { errors } = checkSchema(
      ajv,
      { type: 'object', properties: { a: { $ref: '#/definitions/missing' } } },
      warnings,
    );
    expect(errors).toEqual(["can't resolve reference #/definitions/missing from id #"]);
  });

  it('warns about unknown keywords without blocking', () => {
    const { ajv, warnings } = draft07();
    expect(checkSchema(ajv, { type: 'object', propertys: {} }, warnings)).toEqual({
      errors: [],
      warnings: ['unknown keyword: "propertys"'],
    });
  });

  it('does not keep every checked schema in ajv’s cache', () => {
    const { ajv, warnings } = draft07();
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    checkSchema(ajv, schema, warnings);
    // Compiling the same object again would throw "already exists" if it had been kept by id.
    expect(checkSchema(ajv, { ...schema, $id: 'x' }, warnings).errors).toEqual([]);
    expect(checkSchema(ajv, { ...schema, $id: 'x' }, warnings).errors).toEqual([]);
  });

  it('checks a 2020-12 schema with the 2020 build', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      prefixItems: [{ type: 'string' }],
    };
    expect(schemaDraft(schema)).toEqual({ draft: '2020-12' });
    const warnings: string[] = [];
    const ajv = new Ajv2020(ajvOptions((w) => warnings.push(w)));
    expect(checkSchema(ajv, schema, warnings).errors).toEqual([]);
    expect(checkSchema(ajv, { ...schema, type: 'objet' }, warnings).errors).toHaveLength(1);
  });

  it('says plainly which drafts cannot be checked', () => {
    expect(schemaDraft({})).toEqual({ draft: 'draft-07' });
    expect(schemaDraft({ $schema: 'http://json-schema.org/draft-07/schema#' })).toEqual({
      draft: 'draft-07',
    });
    expect(schemaDraft({ $schema: 'http://json-schema.org/draft-04/schema#' })).toEqual({
      unsupported: expect.stringContaining('draft-04') as unknown as string,
    });
    expect(schemaDraft({ $schema: 4 })).toEqual({ unsupported: '"$schema" must be a URI string.' });
  });
});

describe('strictModeHints', () => {
  it('has nothing to say about the examples', () => {
    for (const example of SCHEMA_EXAMPLES) expect(strictModeHints(example.schema)).toEqual([]);
  });

  it('points at open objects and optional properties, nested too', () => {
    expect(
      strictModeHints({
        type: 'object',
        properties: {
          a: { type: 'string' },
          b: { type: 'object', properties: { c: { type: 'number' } }, required: ['c'] },
        },
        required: ['a'],
        additionalProperties: false,
      }),
    ).toEqual([
      'the top level: Strict mode wants every property in "required" (missing "b").',
      '/properties/b: Strict mode wants "additionalProperties": false.',
    ]);
  });
});

describe('checkAnswer', () => {
  it('passes an answer that matches the schema, and re-indents it', () => {
    const { ajv } = draft07();
    const result = checkAnswer('{"name":"Ada","age":36,"email":null}', personExpectation, ajv);
    expect(result).toEqual({
      status: 'valid',
      errors: [],
      pretty: '{\n  "name": "Ada",\n  "age": 36,\n  "email": null\n}',
    });
  });

  it('fails an answer that does not match, with every reason', () => {
    const { ajv } = draft07();
    const result = checkAnswer('{"name":"Ada","age":"36","nickname":"A"}', personExpectation, ajv);
    expect(result.status).toBe('invalid');
    expect(result.errors).toEqual([
      '(top level): must have the property "email"',
      '(top level): must not have the extra property "nickname"',
      '/age: must be integer (it is "36")',
    ]);
    expect(result.pretty).toContain('"nickname": "A"');
  });

  it('names enum mismatches with the allowed values', () => {
    const { ajv } = draft07();
    const classification = SCHEMA_EXAMPLES.find((e) => e.id === 'classification');
    if (!classification) throw new Error('missing example');
    const result = checkAnswer(
      '{"label":"great","confidence":0.9,"reason":"…"}',
      { type: 'json_schema', name: 'classification', schema: classification.schema },
      ajv,
    );
    expect(result.errors).toEqual([
      '/label: must be one of "positive", "neutral", "negative" (it is "great")',
    ]);
  });

  it('says "not JSON" for prose, an empty answer and a fenced block', () => {
    const { ajv } = draft07();
    const prose = checkAnswer('Sure! Here is the person.', personExpectation, ajv);
    expect(prose.status).toBe('not-json');
    expect(prose.errors[0]).toMatch(/^JSON.parse failed: /);
    expect(prose.pretty).toBeUndefined();
    expect(checkAnswer('', personExpectation, ajv)).toEqual({
      status: 'not-json',
      errors: ['The answer is empty.'],
    });
    expect(checkAnswer('```json\n{"a": 1}\n```', { type: 'json_object' }).errors).toEqual([
      'The JSON is wrapped in a Markdown code fence (```), so a JSON parser rejects it.',
    ]);
  });

  it('judges JSON object mode without a schema: any object passes', () => {
    expect(checkAnswer(' {"x": [1, 2]} ', { type: 'json_object' }).status).toBe('valid');
    expect(checkAnswer('[1, 2]', { type: 'json_object' })).toEqual({
      status: 'invalid',
      errors: ['JSON object mode should give an object ({…}).'],
      pretty: '[\n  1,\n  2\n]',
    });
  });
});

describe('atPointer', () => {
  it('follows object keys, array indices and escaped characters', () => {
    const doc = { a: [{ 'b/c': { '~d': 5 } }] };
    expect(atPointer(doc, '/a/0/b~1c/~0d')).toBe(5);
    expect(atPointer(doc, '')).toBe(doc);
    expect(atPointer(doc, '/missing/x')).toBeUndefined();
    expect(atPointer({}, '/__proto__')).toBeUndefined();
  });
});
