import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../conversation/types';
import { modelContext } from '../params/registry';
import type { ModelInfo, ProviderId } from '../types';
import { checkTools } from './checkTools';
import {
  toolLabel,
  toolProblems,
  toolRequestFields,
  toolsAvailability,
  unansweredToolCallsProblem,
} from './requestFields';
import { schemaIssues } from './schemaIssues';
import { DEFAULT_TOOLS_STATE, type ToolsState } from './toolsState';

const info = (resources: string[]): ModelInfo => ({
  id: 'm',
  status: 'active',
  resources,
  factSource: 'api',
});
const ctx = (provider: ProviderId, resources?: string[], mode: 'chat' | 'complete' = 'chat') =>
  modelContext('gpt-4o', resources ? info(resources) : undefined, provider, mode);

const WEATHER = '{"type": "function", "function": {"name": "get_weather"}}';
const state = (patch: Partial<ToolsState>): ToolsState => ({
  ...DEFAULT_TOOLS_STATE,
  ...patch,
});
const tools = (...sources: string[]) =>
  sources.map((source, i) => ({ id: `t${i}`, source, mock: '' }));

describe('toolsAvailability', () => {
  it('follows the API’s resources ("Agent")', () => {
    expect(toolsAvailability(ctx('sippulse', ['tools', 'json_schema']))).toBe('listed');
    expect(toolsAvailability(ctx('sippulse', ['json_schema']))).toBe('unavailable');
    expect(toolsAvailability(ctx('sippulse'))).toBe('unavailable');
    expect(toolsAvailability(ctx('openai', ['tools']))).toBe('listed');
  });

  it('offers tools on OpenAI-compatible servers that do not say, with a caveat', () => {
    expect(toolsAvailability(ctx('openai', []))).toBe('unlisted');
    expect(toolsAvailability(ctx('openai'))).toBe('unlisted');
    // A server that lists capabilities without tools has said no.
    expect(toolsAvailability(ctx('openai', ['json_schema']))).toBe('unavailable');
  });

  it('is off for the in-browser engine and for Complete mode', () => {
    expect(toolsAvailability(ctx('inbrowser', ['tools']))).toBe('unavailable');
    expect(toolsAvailability(ctx('openai', ['tools'], 'complete'))).toBe('unavailable');
  });
});

describe('toolRequestFields', () => {
  const fields = (s: ToolsState) =>
    toolRequestFields(
      s,
      checkTools(
        s.tools.map((t) => t.source),
        schemaIssues,
      ),
    );

  it('sends nothing without tools, even when a choice is set', () => {
    expect(fields(state({ toolChoice: 'required', parallelToolCalls: true }))).toEqual({});
  });

  it('sends the checked tools in the {type, function} form, choice and parallel only when set', () => {
    const legacy = '{"name": "lookup", "parameters": {"type": "object", "properties": {}}}';
    const badSchema = '{"name": "bad", "parameters": {"type": "object", "required": "x"}}';
    expect(fields(state({ tools: tools(WEATHER, legacy, '{broken', badSchema) }))).toEqual({
      tools: [
        { type: 'function', function: { name: 'get_weather' } },
        {
          type: 'function',
          function: { name: 'lookup', parameters: { type: 'object', properties: {} } },
        },
      ],
    });
    expect(
      fields(
        state({
          tools: tools(WEATHER),
          toolChoice: 'function:get_weather',
          parallelToolCalls: false,
        }),
      ),
    ).toMatchObject({
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
      parallel_tool_calls: false,
    });
  });

  it('sends no tools until they are checked (Send is blocked meanwhile)', () => {
    const s = state({ tools: tools(WEATHER), toolChoice: 'auto' });
    expect(toolRequestFields(s, null)).toEqual({});
    expect(toolProblems(s, null)).toHaveLength(1);
  });
});

describe('toolProblems', () => {
  const check = (s: ToolsState) =>
    checkTools(
      s.tools.map((t) => t.source),
      schemaIssues,
    );

  it('blocks while the full check has not run, and for each invalid tool', () => {
    const s = state({ tools: tools(WEATHER, '{\n"name": "x",}') });
    expect(toolProblems(s, null)).toEqual([
      { field: 'Tools', message: 'still checking the tool definitions; try again in a moment.' },
    ]);
    expect(toolProblems(s, check(s))).toEqual([
      { field: 'tool x', message: "Line 2, column 13: Trailing comma: remove the ',' before '}'." },
    ]);
    expect(toolProblems(state({}), null)).toEqual([]);
  });

  it('blocks a tool choice that names no defined tool', () => {
    const s = state({ tools: tools(WEATHER), toolChoice: 'function:search' });
    expect(toolProblems(s, check(s))).toEqual([
      {
        field: 'Tool choice',
        message: 'no tool is named "search"; pick another choice or add that tool.',
      },
    ]);
    const ok = state({ tools: tools(WEATHER), toolChoice: 'function:get_weather' });
    expect(toolProblems(ok, check(ok))).toEqual([]);
  });

  it('labels a tool by its name even while its JSON is broken', () => {
    expect(toolLabel('{"type": "function", "function": {"name": "lookup" "x": 1}}', 0)).toBe(
      'lookup',
    );
    expect(toolLabel('{', 2)).toBe('tool 3');
  });
});

describe('unansweredToolCallsProblem', () => {
  it('blocks sending past tool calls that have no results', () => {
    const messages: ConversationMessage[] = [
      { id: 'u', role: 'user', content: 'hi' },
      {
        id: 'a',
        role: 'assistant',
        content: '',
        toolCalls: [
          { id: 'c', type: 'function', function: { name: 'get_weather', arguments: '{}' } },
        ],
      },
    ];
    expect(unansweredToolCallsProblem(messages)).toEqual([
      {
        field: 'Tool results',
        message:
          "the assistant's tool calls (get_weather) have no results yet; submit results under them, or delete that message.",
      },
    ]);
    messages.push({ id: 't', role: 'tool', content: '{}', toolCallId: 'c' });
    expect(unansweredToolCallsProblem(messages)).toEqual([]);
  });
});
