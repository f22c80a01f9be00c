import { describe, expect, it } from 'vitest';
import { checkTool, checkTools } from './checkTools';
import { describeIssue, isValidCheck, type SchemaChecker } from './toolCheck';
import { schemaIssues } from './schemaIssues';
import { TOOL_TEMPLATES } from './templates';

const noSchemaIssues: SchemaChecker = () => [];

const weather = (parameters: string) => `{
  "type": "function",
  "function": {
    "name": "get_weather",
    "parameters": ${parameters}
  }
}`;

describe('checkTool', () => {
  it('accepts a valid definition and gives what is sent', () => {
    const check = checkTool(
      weather('{"type": "object", "properties": {"city": {"type": "string"}}}'),
      schemaIssues,
    );
    expect(check.issues).toEqual([]);
    expect(isValidCheck(check)).toBe(true);
    expect(check.tool?.function.name).toBe('get_weather');
  });

  it('reports JSON syntax errors with their line and column', () => {
    const check = checkTool(
      '{\n  "type": "function",\n  "function": {"name": "f",}\n}',
      schemaIssues,
    );
    expect(check.issues).toEqual([
      {
        message: "Trailing comma: remove the ',' before '}'.",
        line: 3,
        column: 28,
        blocking: true,
      },
    ]);
    expect(describeIssue(check.issues[0] ?? { message: '', blocking: true })).toBe(
      "Line 3, column 28: Trailing comma: remove the ',' before '}'.",
    );
    expect(isValidCheck(check)).toBe(false);
  });

  it('reports a bad function name at the name’s line', () => {
    const check = checkTool(
      '{\n  "type": "function",\n  "function": {\n    "name": "get.weather"\n  }\n}',
      schemaIssues,
    );
    expect(check.name).toBe('get.weather');
    expect(check.issues[0]).toMatchObject({ line: 4, column: 13, blocking: true });
    expect(check.issues[0]?.message).toMatch(/must be 1–64 letters, digits, _ or -/);
  });

  it('validates parameters with ajv’s meta-schema, at the offending line', () => {
    const check = checkTool(
      weather(`{
      "type": "object",
      "properties": {"city": {"type": "strin"}},
      "required": "city"
    }`),
      schemaIssues,
    );
    expect(check.issues.map(describeIssue)).toEqual([
      'Line 7, column 39: parameters/properties/city/type: must be equal to one of the allowed values: array, boolean, integer, null, number, object, string',
      'Line 8, column 19: parameters/required: must be array',
    ]);
  });

  it('insists on an object schema, as the APIs do', () => {
    const check = checkTool(weather('{"type": "string"}'), schemaIssues);
    expect(check.issues).toHaveLength(1);
    expect(check.issues[0]?.message).toBe(
      'parameters must describe an object: "type": "object" with "properties".',
    );
    expect(checkTool(weather('{}'), schemaIssues).issues[0]?.line).toBe(5);
  });

  it('says a "$schema" it cannot check is the problem, not the whole tool', () => {
    const check = checkTool(
      weather('{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}'),
      schemaIssues,
    );
    expect(check.issues[0]?.message).toMatch(/^parameters\/\$schema: cannot be checked/);
  });

  it('checks a legacy function too, at pointers without /function', () => {
    const check = checkTool('{\n  "name": "f",\n  "parameters": {"type": 3}\n}', schemaIssues);
    expect(check.legacy).toBe(true);
    expect(check.issues[0]).toMatchObject({ line: 3, blocking: true });
  });

  it('notes ignored keys without blocking', () => {
    const check = checkTool(
      '{"type": "function", "function": {"name": "f", "example": 1}}',
      noSchemaIssues,
    );
    expect(check.issues).toEqual([
      { message: 'Not part of a function definition, so not sent: example.', blocking: false },
    ]);
    expect(isValidCheck(check)).toBe(true);
  });

  it('rejects an empty editor', () => {
    expect(checkTool('  ', noSchemaIssues).issues[0]?.message).toMatch(/^Empty/);
  });
});

describe('checkTools', () => {
  it('rejects a repeated name on the later tool, at its name', () => {
    const a = '{"type": "function", "function": {"name": "search"}}';
    const b = '{"type": "function",\n "function": {"name": "search"}}';
    const [first, second] = checkTools([a, b, a.replace('search', 'other')], noSchemaIssues);
    expect(first?.issues).toEqual([]);
    expect(second?.issues[0]).toEqual({
      message: 'Another tool is already named "search"; names must be unique.',
      line: 2,
      column: 23,
      blocking: true,
    });
  });

  it('accepts every template', () => {
    const checks = checkTools(
      TOOL_TEMPLATES.map((t) => JSON.stringify(t.tool)),
      schemaIssues,
    );
    expect(checks.map(isValidCheck)).toEqual(TOOL_TEMPLATES.map(() => true));
  });
});
