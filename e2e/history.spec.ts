import type { Page } from '@playwright/test';
import {
  test,
  expect,
  openConnected,
  pickModel,
  send,
  assistantMessages,
  waitIdle,
  KEY,
} from './support';
import { dumpHistory } from './historyDb';

function systemMessage(page: Page) {
  return page.getByRole('textbox', { name: 'System message' });
}

async function openHistory(page: Page) {
  await page.getByRole('tab', { name: 'History' }).click();
  return page.getByRole('list', { name: 'Runs' }).getByRole('listitem');
}

test('runs are kept across reloads: search, restore into the editor, delete', async ({
  page,
  api,
}) => {
  await openConnected(page, api, { model: 'gpt-4o-mini' });
  await systemMessage(page).fill('Be brief.');
  await page.getByRole('spinbutton', { name: 'Temperature' }).fill('0.3');
  await send(page, 'first question');
  await expect(assistantMessages(page)).toContainText('You said: first question');
  await waitIdle(page);
  await send(page, 'second about zebras');
  await expect(assistantMessages(page).nth(1)).toContainText('You said: second about zebras');
  await waitIdle(page);

  const runs = await openHistory(page);
  await expect(runs).toHaveCount(2);
  await expect(runs.first()).toContainText('second about zebras'); // newest first
  await expect(runs.first()).toContainText('gpt-4o-mini');
  expect(await dumpHistory(page)).not.toContain(KEY);

  // Start something else, then bring the first run back after a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Clear conversation' }).click();
  await systemMessage(page).fill('Something else');
  await pickModel(page, 'gpt-4o');
  const reloaded = await openHistory(page);
  await expect(reloaded).toHaveCount(2);

  const search = page.getByRole('searchbox', { name: 'Search history' });
  await search.fill('ZEBRAS');
  await expect(reloaded).toHaveCount(1);
  // The model, and any text of the conversation (the later run contains the earlier turn).
  await search.fill('gpt-4o-mini first');
  await expect(reloaded).toHaveCount(2);
  await search.fill('no such words');
  await expect(reloaded).toHaveCount(0);
  await expect(page.getByText('No run matches')).toBeVisible();
  await search.fill('');

  // The older run: its conversation ends with the first answer.
  await reloaded.nth(1).getByRole('button', { name: 'Restore' }).click();
  // There is current work (a system message): restoring asks first.
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
  const conversation = page.getByRole('list', { name: 'Conversation' }).getByRole('article');
  await expect(conversation).toHaveCount(2);
  await expect(conversation.nth(0)).toContainText('first question');
  await expect(conversation.nth(1)).toContainText('You said: first question');
  await expect(systemMessage(page)).toHaveValue('Be brief.');
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(
    'gpt-4o-mini',
  );
  await expect(page.getByRole('spinbutton', { name: 'Temperature' })).toHaveValue('0.3');

  // Deleting from the keyboard: focus moves to the run that takes the deleted one's place.
  await reloaded.first().getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  await expect(reloaded).toHaveCount(1);
  await expect(reloaded.first().getByRole('button', { name: 'Delete' })).toBeFocused();
  await page.reload();
  const afterDelete = await openHistory(page);
  await expect(afterDelete).toHaveCount(1);
  await expect(afterDelete.first()).toContainText('first question');

  // With the last run gone, focus waits in the search box.
  await afterDelete.first().getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No runs yet.')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search history' })).toBeFocused();
  expect(await dumpHistory(page)).toBe('[]');
});

test('without IndexedDB runs still work and the history says why it keeps nothing', async ({
  page,
  api,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openConnected(page, api, { model: 'gpt-4o-mini' });
  await send(page, 'hello');
  await expect(assistantMessages(page)).toContainText('You said: hello');
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Run history is unavailable' }),
  ).toBeVisible();
});
