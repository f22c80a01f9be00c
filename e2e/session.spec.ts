import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  assistantMessages,
  composer,
  expect,
  openConnected,
  send,
  test,
  waitIdle,
} from './support';

function sessionMenuItem(page: Page, name: string) {
  return page.getByRole('menuitem', { name, exact: true });
}

async function openSessionMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Session', exact: true }).click();
}

async function importFile(page: Page, file: { name: string; buffer: Buffer } | string) {
  await openSessionMenu(page);
  const chooser = page.waitForEvent('filechooser');
  await sessionMenuItem(page, 'Import session…').click();
  await (
    await chooser
  ).setFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/json' });
}

const systemMessage = (page: Page) => page.getByRole('textbox', { name: 'System message' });
const temperature = (page: Page) => page.getByRole('spinbutton', { name: 'Temperature' });

test('an exported session opens in a fresh page; a broken file changes nothing', async ({
  page,
  api,
  browser,
  baseURL,
}) => {
  await openConnected(page, api, { model: 'gpt-4o' });
  await systemMessage(page).fill('Answer in French.');
  await temperature(page).fill('0.4');
  await page
    .getByRole('region', { name: 'Tools' })
    .getByRole('button', { name: 'Add tool get_weather' })
    .click();
  await api.script({ kind: 'text', text: 'Bonjour !' });
  await send(page, 'Hello');
  await expect(assistantMessages(page)).toContainText('Bonjour !');
  await waitIdle(page);

  await openSessionMenu(page);
  const download = page.waitForEvent('download');
  await sessionMenuItem(page, 'Export session…').click();
  const file = (await (await download).path()) ?? '';
  expect((await download).suggestedFilename()).toMatch(/^llm-playground-session-.*\.json$/);

  // A file with a wrong role and an unknown field is refused with the reasons; nothing changes.
  const broken = JSON.parse(await readFile(file, 'utf8'));
  broken.messages[0].role = 'wizard';
  broken.connection.apiKey = 'x';
  await importFile(page, { name: 'broken.json', buffer: Buffer.from(JSON.stringify(broken)) });
  const alert = page.getByRole('alert').filter({ hasText: 'cannot be imported' });
  await expect(alert).toContainText('"broken.json" cannot be imported; nothing was changed.');
  await expect(alert).toContainText('messages[0].role must be one of: user, assistant, tool');
  await expect(alert).toContainText('connection has an unknown field "apiKey"');
  await expect(systemMessage(page)).toHaveValue('Answer in French.');
  await expect(assistantMessages(page)).toContainText('Bonjour !');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();

  // A fresh profile with the same connection (its key typed there): no work, so no question.
  const fresh = await browser.newContext({ baseURL });
  try {
    const other = await fresh.newPage();
    await openConnected(other, api);
    await importFile(other, file);
    await expect(
      other.getByRole('status').filter({ hasText: 'Imported the session.' }),
    ).toBeVisible();
    await expect(systemMessage(other)).toHaveValue('Answer in French.');
    await expect(other.getByRole('article', { name: 'user message' })).toContainText('Hello');
    await expect(assistantMessages(other)).toContainText('Bonjour !');
    await expect(other.getByRole('combobox', { name: 'Model', exact: true })).toContainText(
      'gpt-4o',
    );
    await expect(temperature(other)).toHaveValue('0.4');
    await expect(other.getByRole('group', { name: 'Tool get_weather' })).toBeVisible();
    // The restored session runs as it was built.
    await api.script({ kind: 'text', text: 'Encore.' });
    await send(other, 'More');
    await expect(assistantMessages(other).last()).toContainText('Encore.');
    expect(api.lastBody()).toMatchObject({ model: 'gpt-4o', temperature: 0.4 });
  } finally {
    await fresh.close();
  }
});

test('a share link asks before replacing work, and opens at once on an empty page', async ({
  page,
  api,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openConnected(page, api);
  await systemMessage(page).fill('Shared system.');
  await composer(page).fill('Shared question');
  await page.getByRole('button', { name: 'Add message' }).click();
  await openSessionMenu(page);
  await sessionMenuItem(page, 'Copy share link').click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#share=[A-Za-z0-9_-]+$/);

  // Other work in this page now; the link opens in a new load.
  await systemMessage(page).fill('My own draft.');
  const replace = page.getByRole('alertdialog', { name: 'Replace the current work?' });
  await page.goto(link);
  await expect(replace).toContainText('1 message');
  await replace.getByRole('button', { name: 'Keep current work' }).click();
  await expect(replace).toBeHidden();
  await expect(systemMessage(page)).toHaveValue('My own draft.');
  expect(new URL(page.url()).hash).toBe('');

  await page.goto(link);
  await replace.getByRole('button', { name: 'Replace' }).click();
  await expect(systemMessage(page)).toHaveValue('Shared system.');
  await expect(page.getByRole('article', { name: 'user message' })).toContainText(
    'Shared question',
  );
  expect(new URL(page.url()).hash).toBe('');

  // A fresh profile: a damaged link is reported, then the real one opens without a question.
  const fresh = await browser.newContext({ baseURL });
  try {
    const other = await fresh.newPage();
    await other.goto(link.slice(0, -12));
    await expect(other.getByRole('alert')).toContainText('This share link cannot be opened');
    expect(new URL(other.url()).hash).toBe('');
    await other.goto(link);
    await expect(
      other.getByRole('status').filter({ hasText: 'Opened the shared session.' }),
    ).toBeVisible();
    await expect(systemMessage(other)).toHaveValue('Shared system.');
    await expect(other.getByRole('alertdialog')).toHaveCount(0);
    expect(new URL(other.url()).hash).toBe('');

    // Work that does not compress below 64 KB gets no link, and a pointer to the file export.
    await systemMessage(other).fill(randomBytes(90_000).toString('base64'));
    await openSessionMenu(other);
    await sessionMenuItem(other, 'Copy share link').click();
    await expect(other.getByRole('alert')).toContainText('too large for a link');
  } finally {
    await fresh.close();
  }
});
