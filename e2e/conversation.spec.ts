import { test, expect, composer, assistantMessages, waitIdle, openWithModel } from './support';

test('Ctrl+Enter sends from the composer; Shift+Enter adds a newline', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o-mini');
  await composer(page).click();
  await page.keyboard.type('line one');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('line two');
  await expect(composer(page)).toHaveValue('line one\nline two');
  expect(api.completions()).toHaveLength(0);
  await page.keyboard.press('Control+Enter');
  await expect(assistantMessages(page)).toContainText('You said: line one\nline two');
  await expect(composer(page)).toHaveValue('');
  await page.getByRole('article', { name: 'user message' }).waitFor();
});

test('build a conversation: add, edit, toggle role, delete, clear and undo', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o-mini');
  await composer(page).fill('What is 2+2?');
  await page.getByRole('button', { name: 'Add message' }).click();
  await composer(page).fill('5');
  await page.getByRole('button', { name: 'Add message' }).click();
  await composer(page).fill('Are you sure?');
  await page.getByRole('button', { name: 'Add message' }).click();
  expect(api.completions()).toHaveLength(0);

  const conversation = page.getByRole('list', { name: 'Conversation' });
  const articles = conversation.getByRole('article');
  await expect(articles).toHaveCount(3);
  await expect(articles.nth(1)).toHaveAccessibleName('assistant message');

  // Edit the assistant's wrong answer.
  await articles.nth(1).getByRole('button', { name: 'Edit message' }).click();
  await page.getByRole('textbox', { name: 'Message text' }).fill('4');
  await page.getByRole('button', { name: 'Save message' }).click();
  await expect(articles.nth(1)).toContainText('4');

  // Toggle the last one to assistant and back.
  await articles.nth(2).getByRole('button', { name: 'Toggle role' }).click();
  await expect(articles.nth(2)).toHaveAccessibleName('assistant message');
  await articles.nth(2).getByRole('button', { name: 'Toggle role' }).click();
  await expect(articles.nth(2)).toHaveAccessibleName('user message');

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(articles).toHaveCount(4);
  await waitIdle(page);
  expect(api.lastBody()).toMatchObject({
    messages: [
      { role: 'user', content: 'What is 2+2?' },
      { role: 'assistant', content: '4' },
      { role: 'user', content: 'Are you sure?' },
    ],
  });

  await articles.nth(0).getByRole('button', { name: 'Delete message' }).click();
  await expect(articles).toHaveCount(3);

  await page.getByRole('button', { name: 'Clear conversation' }).click();
  await expect(articles).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(articles).toHaveCount(3);
});

test('Ctrl+Enter in a message editor saves the edit and sends', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o-mini');
  await composer(page).fill('draft question');
  await page.getByRole('button', { name: 'Add message' }).click();
  await page.getByRole('button', { name: 'Edit message' }).click();
  await page.getByRole('textbox', { name: 'Message text' }).fill('final question');
  await page.keyboard.press('Control+Enter');
  await expect(assistantMessages(page)).toContainText('You said: final question');
});

test('the conversation, system message, model and parameters survive a reload', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o-mini');
  await page.getByRole('textbox', { name: 'System message' }).fill('You are terse.');
  await page.getByRole('spinbutton', { name: 'Temperature' }).fill('0.2');
  await composer(page).fill('Remember me');
  await page.keyboard.press('Control+Enter');
  await expect(assistantMessages(page)).toContainText('You said: Remember me');
  await waitIdle(page);

  await page.reload();
  await expect(page.getByRole('article', { name: 'user message' })).toContainText('Remember me');
  await expect(assistantMessages(page)).toContainText('You said: Remember me');
  await expect(page.getByRole('textbox', { name: 'System message' })).toHaveValue('You are terse.');
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(
    'gpt-4o-mini',
  );
  await expect(page.getByRole('spinbutton', { name: 'Temperature' })).toHaveValue('0.2');
});
