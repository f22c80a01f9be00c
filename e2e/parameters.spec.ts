import {
  test,
  expect,
  openConnected,
  pickModel,
  send,
  assistantMessages,
  waitIdle,
  openWithModel,
} from './support';

test('reasoning models get Reasoning effort instead of Temperature and Top P', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'o3-mini');
  await expect(page.getByRole('combobox', { name: 'Reasoning effort' })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Temperature' })).toHaveCount(0);
  await expect(page.getByRole('spinbutton', { name: 'Top P' })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Reasoning effort' }).click();
  await expect(page.getByRole('option')).toHaveText(['low', 'medium', 'high']);
  await page.getByRole('option', { name: 'high' }).click();

  await pickModel(page, 'gpt-5-mini');
  await page.getByRole('combobox', { name: 'Reasoning effort' }).click();
  await expect(page.getByRole('option', { name: 'minimal' })).toBeVisible();
  await page.keyboard.press('Escape');

  await pickModel(page, 'gpt-4o');
  await expect(page.getByRole('spinbutton', { name: 'Temperature' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Temperature' })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Top P' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Reasoning effort' })).toHaveCount(0);
  // gpt-4o does not take top_k; open-weights models do.
  await expect(page.getByRole('spinbutton', { name: 'Top K' })).toHaveCount(0);
  await pickModel(page, 'llama-3.3-70b-versatile');
  await expect(page.getByRole('spinbutton', { name: 'Top K' })).toBeVisible();

  // Values are remembered per model.
  await pickModel(page, 'o3-mini');
  await expect(page.getByRole('combobox', { name: 'Reasoning effort' })).toContainText('high');
});

test('only the edited parameters are sent, exactly as set', async ({ page, api }) => {
  await openConnected(page, api, { system: 'Be brief.' });
  await pickModel(page, 'gpt-4o');
  await page.getByRole('spinbutton', { name: 'Temperature' }).fill('0.3');
  await page.getByRole('spinbutton', { name: 'Max tokens' }).fill('50');
  await page.getByRole('spinbutton', { name: 'Seed' }).fill('7');
  await page.getByRole('textbox', { name: 'Stop sequences' }).fill('END\n\\n\\n');
  await page.getByRole('spinbutton', { name: 'Presence penalty' }).fill('-0.5');
  // Set then reset: not sent.
  await page.getByRole('spinbutton', { name: 'Top P' }).fill('0.9');
  await page.getByRole('button', { name: 'Reset Top P' }).click();

  await send(page, 'Hi there');
  await expect(assistantMessages(page)).toContainText('You said: Hi there');
  await waitIdle(page);
  expect(api.lastBody()).toEqual({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi there' },
    ],
    temperature: 0.3,
    max_tokens: 50,
    seed: 7,
    stop: ['END', '\n\n'],
    presence_penalty: -0.5,
    stream: true,
  });
  const headers = api.completions()[0]?.headers;
  expect(headers?.['api-key']).toBe('test-key');
  expect(headers?.['content-type']).toBe('application/json');
});

test('the slider sets the value too', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  const slider = page.getByRole('slider', { name: 'Temperature' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('spinbutton', { name: 'Temperature' })).toHaveValue('1.01');
});

test('invalid input is shown next to the field and nothing is sent', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  const temperature = page.getByRole('spinbutton', { name: 'Temperature' });
  await temperature.fill('3');
  await expect(page.getByText('Temperature must be between 0 and 2.')).toBeVisible();
  await expect(temperature).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('spinbutton', { name: 'Max tokens' }).fill('12.5');
  await expect(page.getByText('Max tokens must be a whole number.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Stop sequences' }).fill('a\nb\nc\nd\ne');
  await expect(page.getByText('At most 4 stop sequences (you have 5).')).toBeVisible();

  await send(page, 'Hello');
  await expect(page.getByRole('alert', { name: 'Why nothing was sent' })).toContainText(
    'Fix Temperature, Max tokens, Stop sequences before sending.',
  );
  await expect(assistantMessages(page)).toHaveCount(0);
  expect(api.completions()).toHaveLength(0);

  // The draft is not lost, and fixing the fields lets it through.
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue('Hello');
  await temperature.fill('2');
  await page.getByRole('button', { name: 'Reset Max tokens' }).click();
  await page.getByRole('button', { name: 'Reset Stop sequences' }).click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(assistantMessages(page)).toContainText('You said: Hello');
  expect(api.lastBody()).toMatchObject({ temperature: 2 });
});
