import {
  test,
  expect,
  KEY,
  openConnectedOpenAi,
  pickModel,
  send,
  assistantMessages,
  waitIdle,
  openOpenAiWithModel,
} from './support';

test('chat streams over an OpenAI-compatible API with a Bearer key and reads the usage chunk', async ({
  page,
  oai,
}) => {
  await openOpenAiWithModel(page, oai, 'gpt-4o-mini');
  await oai.script({ kind: 'text', text: 'Streamed over OpenAI.', comments: true });
  await send(page, 'Hello');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('Streamed over OpenAI.');
  await waitIdle(page);

  const [request] = oai.chatCompletions();
  expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
  expect(request?.body).toEqual({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Hello' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  // The token counts come from the final `choices: []` usage chunk, not an estimate.
  const stats = answer.getByLabel('Run statistics');
  await expect(stats).toContainText(/\d+ in · \d+ out/);
  await expect(stats).not.toContainText('est.');
  await expect(answer).toContainText('Finished (stop)');
});

test('Complete mode continues the prompt inline; Accept merges it, Retry runs again', async ({
  page,
  oai,
}) => {
  await openOpenAiWithModel(page, oai, 'gpt-3.5-turbo-instruct');
  await page.getByRole('tab', { name: 'Complete' }).click();
  const prompt = page.getByRole('textbox', { name: 'Prompt' });
  await prompt.fill('The knight rode on');
  await page.getByText('Suffix (optional)').click();
  await page.getByRole('textbox', { name: 'Suffix' }).fill(' THE END');
  await oai.script({ kind: 'text', text: ' into the night.' });
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  const completion = page.getByRole('region', { name: 'Completion' });
  await expect(completion).toContainText('The knight rode on into the night.');
  await expect(completion.locator('mark')).toHaveText(' into the night.');
  expect(oai.textCompletions()[0]?.body).toEqual({
    model: 'gpt-3.5-turbo-instruct',
    prompt: 'The knight rode on',
    suffix: ' THE END',
    stream: true,
    stream_options: { include_usage: true },
  });

  await oai.script({ kind: 'text', text: ' to the castle.' });
  await completion.getByRole('button', { name: 'Retry' }).click();
  await expect(completion.locator('mark')).toHaveText(' to the castle.');
  expect(oai.textCompletions()).toHaveLength(2);

  await completion.getByRole('button', { name: 'Accept' }).click();
  await expect(prompt).toHaveValue('The knight rode on to the castle.');
  await expect(completion).toBeHidden();

  // The chat conversation is untouched by Complete mode and comes back.
  await page.getByRole('tab', { name: 'Chat' }).click();
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toBeVisible();
});

test('n > 1 shows the alternatives as tabs; the picked one continues the chat', async ({
  page,
  oai,
}) => {
  await openOpenAiWithModel(page, oai, 'gpt-4o');
  await page.getByRole('spinbutton', { name: 'Choices' }).fill('2');
  await oai.script({ kind: 'text', texts: ['First answer.', 'Second answer.'] });
  await send(page, 'Pick one');
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('tab')).toHaveText(['Choice 1', 'Choice 2']);
  await expect(answer.getByRole('tabpanel')).toHaveText('First answer.');
  expect(oai.lastBody()).toMatchObject({ n: 2 });

  await answer.getByRole('tab', { name: 'Choice 2' }).click();
  await expect(answer.getByRole('tabpanel')).toHaveText('Second answer.');
  await page.getByRole('button', { name: 'Reset Choices' }).click();
  await send(page, 'Go on');
  await waitIdle(page);
  expect(oai.lastBody()).toMatchObject({
    messages: [
      { role: 'user', content: 'Pick one' },
      { role: 'assistant', content: 'Second answer.' },
      { role: 'user', content: 'Go on' },
    ],
  });
});

test('tool-call fragments starting at index 2 and interleaved are assembled', async ({
  page,
  oai,
}) => {
  await openOpenAiWithModel(page, oai, 'gpt-4o');
  await oai.script({
    kind: 'toolCalls',
    startIndex: 2,
    interleave: true,
    toolCalls: [
      { name: 'get_weather', arguments: { city: 'Lisbon' } },
      { name: 'get_time', arguments: { zone: 'Europe/Lisbon' } },
    ],
  });
  await send(page, 'Weather and time in Lisbon?');
  const calls = assistantMessages(page).last().getByRole('list', { name: 'Tool calls' });
  await expect(calls.getByRole('listitem')).toHaveCount(2);
  await expect(calls.getByRole('listitem').first()).toContainText('get_weather');
  await expect(calls.getByRole('listitem').first()).toContainText('{"city":"Lisbon"}');
  await expect(calls.getByRole('listitem').last()).toContainText('get_time');
  await expect(calls.getByRole('listitem').last()).toContainText('Europe/Lisbon');
  await expect(assistantMessages(page).last()).toContainText('Wants to call tools');
});

for (const field of ['reasoning_content', 'reasoning', 'think'] as const) {
  test(`reasoning sent as ${field} lands in the reasoning view, not the answer`, async ({
    page,
    oai,
  }) => {
    await openOpenAiWithModel(page, oai, 'gpt-4o');
    await oai.script({ kind: 'reasoning', field, reasoning: 'Weighing it up.', text: 'Yes.' });
    await send(page, 'Should I?');
    const answer = assistantMessages(page).last();
    await expect(answer.locator('.message-text').last()).toHaveText('Yes.');
    await answer.getByText('Reasoning').click();
    await expect(answer.locator('details')).toContainText('Weighing it up.');
  });
}

test('an error in a data line keeps the partial answer and says what happened', async ({
  page,
  oai,
}) => {
  await openOpenAiWithModel(page, oai, 'gpt-4o');
  await oai.script({
    kind: 'midStreamError',
    text: 'Partial words before the failure',
    afterChunks: 3,
    code: 'server_error',
    message: 'The upstream model crashed.',
  });
  await send(page, 'Go');
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('alert')).toContainText('The upstream model crashed.');
  // Three 4-character chunks arrived before the error: exactly those are kept.
  await expect(answer).toContainText('Partial word');
  await expect(answer.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a CORS refusal shows the hint of the preset the connection uses', async ({ page, oai }) => {
  await openConnectedOpenAi(page, oai, {
    connections: [
      {
        id: 'e2e',
        name: 'My Ollama',
        provider: 'openai',
        preset: 'ollama',
        baseUrl: oai.baseUrl,
        model: 'gpt-4o',
      },
    ],
  });
  await oai.script({ kind: 'text', cors: false });
  await send(page, 'Hello?');
  const alert = assistantMessages(page).last().getByRole('alert');
  await expect(alert).toContainText('OLLAMA_ORIGINS');
  // The hint names this page's origin, ready to paste.
  await expect(alert).toContainText(new URL(page.url()).origin);
});

test('saved connections switch from the header, each with its own key and last model', async ({
  page,
  oai,
  api,
}) => {
  await openOpenAiWithModel(page, oai, 'gpt-4o-mini');

  // Add a second connection: SipPulse, with its own key.
  await page.getByRole('button', { name: 'Connection', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Connection' });
  await dialog.getByRole('combobox', { name: 'Saved connection' }).click();
  await page.getByRole('option', { name: 'New connection…' }).click();
  await dialog.getByRole('combobox', { name: 'Preset' }).click();
  await page.getByRole('option', { name: 'SipPulse', exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Base URL' }).fill(api.url);
  await dialog.getByLabel('API key').fill('sip-key');
  await dialog.getByRole('button', { name: 'Save' }).click();

  // The SipPulse fixture rejects that key: the dialog comes back for this connection only.
  await expect(dialog.getByRole('alert')).toContainText('rejected');
  await expect(dialog.getByRole('combobox', { name: 'Saved connection' })).toContainText(
    'SipPulse',
  );
  await dialog.getByLabel('API key').fill(KEY);
  await dialog.getByRole('button', { name: 'Save' }).click();
  const switcher = page.getByRole('combobox', { name: 'Active connection' });
  await expect(switcher).toContainText('SipPulse');
  await pickModel(page, 'claude-sonnet-4-20250514');
  expect(api.server.requests.at(-1)?.headers['api-key']).toBe(KEY);

  // Back to the fixture: its model and its key are as they were.
  await switcher.click();
  await page.getByRole('option', { name: 'Fixture' }).click();
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(
    'gpt-4o-mini',
  );
  await send(page, 'Which key?');
  await waitIdle(page);
  expect(oai.chatCompletions().at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);

  // SipPulse offers no text completion, so the mode switch is not there.
  await expect(page.getByRole('tab', { name: 'Complete' })).toBeVisible();
  await switcher.click();
  await page.getByRole('option', { name: 'SipPulse' }).click();
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(
    'claude-sonnet-4-20250514',
  );
  await expect(page.getByRole('tab', { name: 'Complete' })).toHaveCount(0);
});
