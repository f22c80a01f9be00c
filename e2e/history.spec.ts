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
import { dumpHistory, seedVersion1History } from './historyDb';

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

test('runs kept by the first version of the history are listed, searched and restored', async ({
  page,
  api,
}) => {
  await openConnected(page, api, { model: 'gpt-4o-mini' });
  await seedVersion1History(page, [
    {
      id: 'old-1',
      startedAt: 1_700_000_000_000,
      model: 'old-model',
      question: 'About owls?',
      answer: 'Owls hoot.',
    },
    {
      id: 'old-2',
      startedAt: 1_700_000_100_000,
      model: 'old-model',
      question: 'About cats?',
      answer: 'Cats purr.',
    },
  ]);
  const runs = await openHistory(page);
  await expect(runs).toHaveCount(2);
  await expect(runs.first()).toContainText('About cats?');
  await expect(runs.first()).toContainText('Cats purr.');
  await expect(runs.first()).toContainText('1.5 s');

  // The search reads the whole run, answer included.
  await page.getByRole('searchbox', { name: 'Search history' }).fill('hoot');
  await expect(runs).toHaveCount(1);
  await expect(runs.first()).toContainText('About owls?');
  await runs.first().getByRole('button', { name: 'Restore' }).click();
  const conversation = page.getByRole('list', { name: 'Conversation' }).getByRole('article');
  await expect(conversation).toHaveCount(2);
  await expect(conversation.nth(1)).toContainText('Owls hoot.');
  await expect(page.getByRole('status').filter({ hasText: 'Restored the run' })).toContainText(
    'no longer exists',
  );

  // A run deleted meanwhile (by another tab) says so instead of restoring nothing.
  await page.getByRole('searchbox', { name: 'Search history' }).fill('');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('llm-playground-history');
        open.onsuccess = () => {
          const tx = open.result.transaction(['runs', 'items'], 'readwrite');
          tx.objectStore('runs').delete('old-2');
          tx.objectStore('items').delete('old-2');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await runs.first().getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'no longer in the history' }),
  ).toBeVisible();
  await expect(runs).toHaveCount(1);
  await expect(conversation.nth(1)).toContainText('Owls hoot.');
});

test('while a tab from before an update holds the history open, it says so, then loads', async ({
  page,
  api,
}) => {
  await openConnected(page, api, { model: 'gpt-4o-mini' });
  await seedVersion1History(
    page,
    [
      {
        id: 'old-1',
        startedAt: 1_700_000_000_000,
        model: 'old-model',
        question: 'Q?',
        answer: 'A.',
      },
    ],
    true,
  );
  await page.getByRole('tab', { name: 'History' }).click();
  const waiting = page.getByRole('alert').filter({ hasText: 'waiting for another tab' });
  await expect(waiting).toBeVisible();
  await page.evaluate(() =>
    (window as unknown as { heldHistory: IDBDatabase }).heldHistory.close(),
  );
  await expect(page.getByRole('list', { name: 'Runs' }).getByRole('listitem')).toHaveCount(1);
  await expect(waiting).toBeHidden();
});
