import { describe, expect, it } from 'vitest';
import { importTools } from './importTools';

const FN = {
  name: 'lookup',
  description: 'Look up',
  parameters: { type: 'object', properties: {} },
};
const TOOL = { type: 'function', function: FN };

function imported(value: unknown) {
  const outcome = importTools(typeof value === 'string' ? value : JSON.stringify(value));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.imported;
}

describe('importTools', () => {
  it('converts a pasted legacy function to the tools form', () => {
    const result = imported(FN);
    expect(result.sources.map((s) => JSON.parse(s) as unknown)).toEqual([TOOL]);
    expect(result.converted).toBe(true);
    // Pretty-printed for the editor.
    expect(result.sources[0]).toContain('\n  "type": "function"');
  });

  it('takes a list, a `functions` array with function_call, or a request body with tools', () => {
    expect(imported([TOOL, FN]).sources).toHaveLength(2);
    const legacy = imported({ functions: [FN], function_call: { name: 'lookup' } });
    expect(legacy).toMatchObject({ toolChoice: 'function:lookup', converted: true });
    expect(JSON.parse(legacy.sources[0] ?? '')).toEqual(TOOL);
    const body = imported({
      model: 'gpt-4o',
      tools: [TOOL],
      tool_choice: 'required',
      parallel_tool_calls: false,
    });
    expect(body).toMatchObject({
      toolChoice: 'required',
      parallelToolCalls: false,
      converted: false,
    });
  });

  it('imports what it can and says what it skipped', () => {
    const result = imported([TOOL, { name: 'bad name' }]);
    expect(result.sources).toHaveLength(1);
    expect(result.skipped).toEqual([
      'item 2: The function name "bad name" must be 1–64 letters, digits, _ or - (no spaces or dots).',
    ]);
  });

  it('refuses text with nothing usable', () => {
    expect(importTools('{oops')).toMatchObject({ ok: false });
    expect(importTools('[]')).toEqual({ ok: false, message: 'No tool definitions found.' });
    expect(importTools('{"description": "x"}')).toMatchObject({ ok: false });
  });
});
