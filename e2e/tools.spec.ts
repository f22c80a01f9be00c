import type { Page } from '@playwright/test';
import {
  test,
  expect,
  pickModel,
  send,
  assistantMessages,
  waitIdle,
  openWithModel,
  openOpenAiWithModel,
} from './support';

function tools(page: Page) {
  return page.getByRole('region', { name: 'Tools' });
}

async function addTemplate(page: Page, name: string): Promise<void> {
  await tools(page)
    .getByRole('button', { name: `Add tool ${name}` })
    .click();
}

function toolMessages(page: Page) {
  return page.getByRole('article', { name: 'tool message' });
}

const WEATHER_CALL = { id: 'call_abc123', name: 'get_weather', arguments: { city: 'New York' } };

test('a two-step tool loop: the second request carries the tool calls and the matching tool result', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o');
  await addTemplate(page, 'get_weather');
  await api.script(
    { kind: 'toolCalls', toolCalls: [WEATHER_CALL] },
    { kind: 'text', text: 'In New York it is 72°F and sunny.' },
  );
  await send(page, 'Weather in New York?');

  const answer = assistantMessages(page).last();
  const card = answer.getByRole('list', { name: 'Tool calls' }).getByRole('listitem');
  await expect(card).toContainText('get_weather');
  await expect(card).toContainText('call_abc123');
  // Pretty-printed arguments, not the wire's one-liner.
  await expect(card.locator('pre.tool-args')).toHaveText('{\n  "city": "New York"\n}');
  await expect(answer).toContainText('Wants to call tools (tool_calls)');

  const result = page.getByRole('textbox', { name: 'Tool result for get_weather' });
  // Prefilled with the template's mock response.
  await expect(result).toHaveValue(/"condition": "sunny"/);
  await result.fill('{"temperature": 72, "condition": "sunny"}');
  await page.getByRole('button', { name: 'Submit results' }).click();

  await expect(assistantMessages(page).last()).toContainText('In New York it is 72°F and sunny.');
  await waitIdle(page);
  await expect(toolMessages(page)).toHaveCount(1);
  await expect(toolMessages(page)).toContainText('Result for get_weather');
  await expect(page.getByRole('button', { name: 'Submit results' })).toHaveCount(0);

  const [first, second] = api.completions();
  expect(api.completions()).toHaveLength(2);
  expect(first?.body).toMatchObject({
    tools: [{ type: 'function', function: { name: 'get_weather' } }],
  });
  expect((second?.body as { messages: unknown }).messages).toEqual([
    { role: 'user', content: 'Weather in New York?' },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_abc123',
          type: 'function',
          function: { name: 'get_weather', arguments: '{"city":"New York"}' },
        },
      ],
    },
    {
      role: 'tool',
      tool_call_id: 'call_abc123',
      content: '{"temperature": 72, "condition": "sunny"}',
    },
  ]);
});

test('Ctrl+Enter in a result editor submits every result, one tool message per call', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o');
  await addTemplate(page, 'get_weather');
  await addTemplate(page, 'calculator');
  await api.script(
    {
      kind: 'toolCalls',
      toolCalls: [
        { id: 'call_1', name: 'get_weather', arguments: { city: 'Lisbon' } },
        { id: 'call_2', name: 'calculator', arguments: { expression: '2+2' } },
      ],
    },
    { kind: 'text', text: 'Done.' },
  );
  await send(page, 'Two things');
  await page.getByRole('textbox', { name: 'Tool result for calculator' }).fill('4');
  await page.getByRole('textbox', { name: 'Tool result for calculator' }).press('Control+Enter');
  await expect(assistantMessages(page).last()).toContainText('Done.');
  await waitIdle(page);
  const messages = (api.lastBody() as { messages: { role: string }[] }).messages;
  expect(messages.filter((m) => m.role === 'tool')).toEqual([
    {
      role: 'tool',
      tool_call_id: 'call_1',
      content: '{"temperature": 22, "unit": "celsius", "condition": "sunny", "humidity": 45}',
    },
    { role: 'tool', tool_call_id: 'call_2', content: '4' },
  ]);
});

test('an invalid tool blocks Send, with the error at its line next to the tool', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o');
  await addTemplate(page, 'Blank');
  const editor = tools(page).getByRole('textbox', { name: 'Tool JSON (my_function)' });

  // A missing comma on line 3.
  await editor.fill(
    '{\n  "type": "function",\n  "function": {"name": "lookup" "parameters": {}}\n}',
  );
  const group = tools(page).getByRole('group', { name: 'Tool lookup' });
  await expect(group).toContainText(
    "Line 3, column 33: Expected ',' or '}' after a property value",
  );
  await expect(group.getByRole('textbox', { name: 'Tool JSON (lookup)' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await send(page, 'Hi');
  const blockers = page.getByRole('alert', { name: 'Why nothing was sent' });
  await expect(blockers).toContainText('Fix tool lookup: Line 3, column 33');

  // Valid JSON, but not a valid JSON Schema (ajv's meta-schema check).
  await group
    .getByRole('textbox', { name: 'Tool JSON (lookup)' })
    .fill(
      '{\n  "type": "function",\n  "function": {\n    "name": "lookup",\n    "parameters": {\n      "type": "object",\n      "properties": {"q": {"type": "strin"}}\n    }\n  }\n}',
    );
  await expect(group).toContainText(
    'Line 7, column 36: parameters/properties/q/type: must be equal to one of the allowed values',
  );
  await expect(blockers).toContainText('parameters/properties/q/type');

  // A name the APIs reject.
  await group
    .getByRole('textbox', { name: 'Tool JSON (lookup)' })
    .fill('{"type": "function", "function": {"name": "look up"}}');
  await expect(tools(page).getByRole('group', { name: 'Tool look up' })).toContainText(
    'must be 1–64 letters, digits, _ or -',
  );
  expect(api.completions()).toHaveLength(0);

  // Fixed: Send goes through with the tool.
  await tools(page)
    .getByRole('textbox', { name: 'Tool JSON (look up)' })
    .fill('{"type": "function", "function": {"name": "lookup"}}');
  await expect(blockers).toHaveCount(0);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await waitIdle(page);
  await expect(assistantMessages(page).last()).toContainText('Hello from the fixture');
  expect(api.lastBody()).toMatchObject({
    tools: [{ type: 'function', function: { name: 'lookup' } }],
  });
});

test('duplicate tool names are rejected next to the later tool', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await addTemplate(page, 'search');
  await addTemplate(page, 'search');
  // The second template got a free name.
  const second = tools(page).getByRole('textbox', { name: 'Tool JSON (search_2)' });
  await expect(second).toBeVisible();
  await second.fill('{"type": "function", "function": {"name": "search"}}');
  await expect(tools(page).getByRole('group', { name: 'Tool search' }).last()).toContainText(
    'Another tool is already named "search"',
  );
  await send(page, 'Hi');
  await expect(page.getByRole('alert', { name: 'Why nothing was sent' })).toContainText(
    'already named "search"',
  );
  expect(api.completions()).toHaveLength(0);
});

test('tool choice and parallel tool calls are sent only once set', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await addTemplate(page, 'get_weather');
  await addTemplate(page, 'calculator');
  await send(page, 'First');
  await waitIdle(page);
  const plain = api.lastBody() as Record<string, unknown>;
  expect((plain.tools as unknown[]).length).toBe(2);
  expect(plain).not.toHaveProperty('tool_choice');
  expect(plain).not.toHaveProperty('parallel_tool_calls');

  await tools(page).getByRole('combobox', { name: 'Tool choice' }).click();
  await page.getByRole('option', { name: 'calculator' }).click();
  await tools(page).getByRole('switch', { name: 'Parallel tool calls' }).click();
  await send(page, 'Second');
  await waitIdle(page);
  expect(api.lastBody()).toMatchObject({
    tool_choice: { type: 'function', function: { name: 'calculator' } },
    parallel_tool_calls: false,
  });

  await tools(page).getByRole('combobox', { name: 'Tool choice' }).click();
  await page.getByRole('option', { name: 'required' }).click();
  await tools(page).getByRole('button', { name: 'Reset Parallel tool calls' }).click();
  await send(page, 'Third');
  await waitIdle(page);
  const third = api.lastBody() as Record<string, unknown>;
  expect(third.tool_choice).toBe('required');
  expect(third).not.toHaveProperty('parallel_tool_calls');
});

test('auto-reply with mock results runs the agent loop to a final answer', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o');
  await addTemplate(page, 'get_weather');
  await addTemplate(page, 'Blank'); // no mock response
  await tools(page).getByRole('switch', { name: 'Auto-reply with mock results' }).click();
  await expect(tools(page).getByRole('spinbutton', { name: 'Max tool steps' })).toHaveValue('5');
  await api.script(
    { kind: 'toolCalls', toolCalls: [WEATHER_CALL] },
    { kind: 'toolCalls', toolCalls: [{ id: 'call_2', name: 'my_function', arguments: {} }] },
    { kind: 'text', text: 'Sunny, 22 degrees. All done.' },
  );
  await send(page, 'Plan my day');
  await expect(assistantMessages(page).last()).toContainText('All done.');
  await waitIdle(page);
  expect(api.completions()).toHaveLength(3);
  await expect(toolMessages(page)).toHaveCount(2);
  const messages = (api.lastBody() as { messages: { role: string }[] }).messages;
  expect(messages.filter((m) => m.role === 'tool')).toEqual([
    {
      role: 'tool',
      tool_call_id: 'call_abc123',
      content: '{"temperature": 22, "unit": "celsius", "condition": "sunny", "humidity": 45}',
    },
    {
      role: 'tool',
      tool_call_id: 'call_2',
      content: '{"error":"no mock response for my_function"}',
    },
  ]);
  await expect(page.getByRole('button', { name: 'Submit results' })).toHaveCount(0);
});

test('auto-reply stops at Max tool steps and when the user presses Stop', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await addTemplate(page, 'get_weather');
  await tools(page).getByRole('switch', { name: 'Auto-reply with mock results' }).click();
  await tools(page).getByRole('spinbutton', { name: 'Max tool steps' }).fill('1');
  await api.script({ kind: 'toolCalls', toolCalls: [WEATHER_CALL], times: 3 });
  await send(page, 'Loop forever');
  await expect(page.getByText('Max tool steps reached')).toBeVisible();
  await waitIdle(page);
  // The first answer, then one automatic round; the third call waits for the user.
  expect(api.completions()).toHaveLength(2);
  await expect(page.getByRole('button', { name: 'Submit results' })).toBeVisible();

  // Stop in the middle of an automatic step ends the loop.
  await api.server.reset();
  await tools(page).getByRole('spinbutton', { name: 'Max tool steps' }).fill('5');
  await api.script(
    { kind: 'toolCalls', toolCalls: [WEATHER_CALL] },
    {
      kind: 'toolCalls',
      toolCalls: [{ id: 'call_slow', name: 'get_weather', arguments: { city: 'A long way away' } }],
      chunkDelayMs: 150,
      chunkSize: 2,
    },
  );
  await page.getByRole('button', { name: 'Clear conversation' }).click();
  await send(page, 'Again');
  await expect(page.getByRole('article', { name: 'assistant message' }).last()).toContainText(
    'call_slow',
  );
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await waitIdle(page);
  await expect(assistantMessages(page).last()).toContainText('Stopped');
  await page.waitForTimeout(300);
  expect(api.completions()).toHaveLength(2);
  await expect(page.getByText('did not finish cleanly')).toBeVisible();
});

test('tool calls stream in as cards; broken arguments are shown raw with a note', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o');
  await addTemplate(page, 'search');
  await api.script({
    kind: 'toolCalls',
    toolCalls: [{ id: 'call_b', name: 'search', arguments: '{"query": "cheap flights' }],
    chunkDelayMs: 120,
    chunkSize: 3,
  });
  await send(page, 'Find flights');
  const streaming = page.locator('article[aria-busy="true"]');
  await expect(streaming.getByRole('listitem')).toContainText('search');
  await expect(streaming.getByRole('listitem')).toContainText('{"query"');
  await waitIdle(page);
  const card = assistantMessages(page).last().getByRole('listitem');
  await expect(card).toContainText('The arguments are not valid JSON');
  await expect(card).toContainText('{"query": "cheap flights');
});

test('legacy functions and function_call are imported as tools and sent as tools', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o');
  await tools(page).getByText('Import JSON').click();
  await tools(page)
    .getByRole('textbox', { name: 'Import tools JSON' })
    .fill(
      JSON.stringify({
        functions: [
          {
            name: 'lookup',
            description: 'Look a word up.',
            parameters: { type: 'object', properties: { word: { type: 'string' } } },
          },
        ],
        function_call: { name: 'lookup' },
      }),
    );
  await tools(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(tools(page).getByRole('status')).toContainText(
    'Imported 1 tool, converted from the legacy functions format',
  );
  await expect(tools(page).getByRole('textbox', { name: 'Tool JSON (lookup)' })).toHaveValue(
    /"type": "function"/,
  );
  await expect(tools(page).getByRole('combobox', { name: 'Tool choice' })).toContainText('lookup');
  await send(page, 'Define serendipity');
  await waitIdle(page);
  const body = api.lastBody() as Record<string, unknown>;
  expect(body.tools).toEqual([
    {
      type: 'function',
      function: {
        name: 'lookup',
        description: 'Look a word up.',
        parameters: { type: 'object', properties: { word: { type: 'string' } } },
      },
    },
  ]);
  expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'lookup' } });
  expect(body).not.toHaveProperty('functions');
  expect(body).not.toHaveProperty('function_call');
});

test('tools persist across a reload', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await addTemplate(page, 'calculator');
  await tools(page).getByRole('textbox', { name: 'Mock response for calculator' }).fill('42');
  await page.reload();
  await expect(tools(page).getByRole('textbox', { name: 'Tool JSON (calculator)' })).toBeVisible();
  await expect(
    tools(page).getByRole('textbox', { name: 'Mock response for calculator' }),
  ).toHaveValue('42');
});

test('the Tools section follows the model: hidden without tools, shown with the Agent badge', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'qwen-2.5-7b-instruct'); // resources: []
  await expect(page.getByRole('heading', { name: 'Parameters' })).toBeVisible();
  await expect(tools(page)).toHaveCount(0);
  await pickModel(page, 'gpt-4o'); // resources: ["tools", …]
  await expect(tools(page)).toBeVisible();
  await expect(tools(page)).not.toContainText('does not say');
});

test('an OpenAI-compatible server that lists no capabilities gets tools with a note', async ({
  page,
  oai,
}) => {
  await openOpenAiWithModel(page, oai, 'gpt-4o');
  await expect(tools(page)).toContainText('This server does not say whether gpt-4o supports');
  await addTemplate(page, 'get_weather');
  await oai.script(
    { kind: 'toolCalls', toolCalls: [WEATHER_CALL] },
    { kind: 'text', text: 'Sunny.' },
  );
  await send(page, 'Weather?');
  await page.getByRole('button', { name: 'Submit results' }).click();
  await expect(assistantMessages(page).last()).toContainText('Sunny.');
  await waitIdle(page);
  const [first, second] = oai.chatCompletions();
  expect(first?.body).toMatchObject({ tools: [{ function: { name: 'get_weather' } }] });
  expect((second?.body as { messages: unknown[] }).messages.at(-1)).toMatchObject({
    role: 'tool',
    tool_call_id: 'call_abc123',
  });
});
