// Starting points for the "Add tool" buttons: realistic definitions with a
// mock response each, so auto-reply works the moment a template is added.

import type { ToolDefinition } from './definitions';

export interface ToolTemplate {
  id: string;
  label: string;
  tool: ToolDefinition;
  mock: string;
}

export const TOOL_TEMPLATES: readonly ToolTemplate[] = [
  {
    id: 'get_weather',
    label: 'get_weather',
    tool: {
      type: 'function',
      function: {
        name: 'get_weather',
        description: 'Get the current weather for a city.',
        parameters: {
          type: 'object',
          properties: {
            city: { type: 'string', description: 'City name, e.g. "Lisbon".' },
            unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
          },
          required: ['city'],
        },
      },
    },
    mock: '{"temperature": 22, "unit": "celsius", "condition": "sunny", "humidity": 45}',
  },
  {
    id: 'search',
    label: 'search',
    tool: {
      type: 'function',
      function: {
        name: 'search',
        description: 'Search the web and return the most relevant results.',
        parameters: {
          type: 'object',
          properties: {
            query: { type: 'string', description: 'What to search for.' },
            max_results: { type: 'integer', minimum: 1, maximum: 10 },
          },
          required: ['query'],
        },
      },
    },
    mock: '{"results": [{"title": "Example Domain", "url": "https://example.com", "snippet": "This domain is for use in illustrative examples."}]}',
  },
  {
    id: 'calculator',
    label: 'calculator',
    tool: {
      type: 'function',
      function: {
        name: 'calculator',
        description: 'Evaluate an arithmetic expression.',
        parameters: {
          type: 'object',
          properties: {
            expression: { type: 'string', description: 'For example "(2 + 3) * 4".' },
          },
          required: ['expression'],
        },
      },
    },
    mock: '{"result": 20}',
  },
  {
    id: 'blank',
    label: 'Blank',
    tool: {
      type: 'function',
      function: {
        name: 'my_function',
        description: 'What the function does, for the model.',
        parameters: { type: 'object', properties: {}, required: [] },
      },
    },
    mock: '',
  },
];

/** `name`, or `name_2`, `name_3`… when a tool already has it. */
export function uniqueToolName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const candidate = name.slice(0, 64 - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
