import { readFile } from 'node:fs/promises';
import { assistantMessages, expect, openConnected, send, test, waitIdle } from './support';

const WORDS = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');

test('a reload mid-stream keeps the partial answer, marked interrupted, and Retry runs it again', async ({
  page,
  api,
  browser,
}) => {
  await openConnected(page, api, { model: 'gpt-4o' });
  await api.script({ kind: 'text', text: WORDS, chunkDelayMs: 150, chunkSize: 6 });
  await send(page, 'A long story, please');
  // The partial record is written at most twice a second: wait until it holds some text.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('llm-playground:partial-run') ?? ''))
    .toContain('word3');
  // What a tab killed right now would leave: the answer saved empty, and the record.
  const saved = await page.evaluate(() => ({ ...localStorage }));
  expect(saved['llm-playground:state']).toContain('"status":"streaming"');

  await page.reload();
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('word3');
  await expect(answer).not.toContainText('word79');
  await expect(answer).toContainText('Interrupted');
  await expect(answer.getByRole('alert')).toContainText('Interrupted by a page reload');
  await api.script({ kind: 'text', text: 'The whole story.' });
  await answer.getByRole('button', { name: 'Retry' }).click();
  await waitIdle(page);
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page).last()).toContainText('The whole story.');
  await expect(page.getByText('Interrupted by a page reload')).toHaveCount(0);

  // A killed tab runs no more script: the next visit rebuilds the answer from the record.
  const context = await browser.newContext();
  const next = await context.newPage();
  await next.addInitScript((items) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', '1');
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, saved);
  await next.goto('./');
  const restored = assistantMessages(next).last();
  await expect(restored).toContainText('word3');
  await expect(restored.getByRole('alert')).toContainText('Interrupted by a page reload');
  await expect(restored.getByRole('button', { name: 'Retry' })).toBeVisible();
  // The record has done its job: the answer is saved with its text, the record is gone.
  await expect
    .poll(() => next.evaluate(() => localStorage.getItem('llm-playground:state') ?? ''))
    .toContain('word3');
  expect(await next.evaluate(() => localStorage.getItem('llm-playground:partial-run'))).toBeNull();
  await context.close();
});

test('unreadable saved data: the app starts with defaults and offers the raw data for download', async ({
  page,
}) => {
  const RAW = '{"state": {"system": "My long prompt", "messages": [ truncated by a crash';
  await page.addInitScript((raw) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', '1');
    localStorage.setItem('llm-playground:state', raw);
  }, RAW);
  await page.goto('./');

  const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(banner).toBeVisible();
  const system = page.getByRole('textbox', { name: 'System message' });
  await expect(system).toHaveValue('');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Download saved data' }).click(),
  ]);
  expect(await readFile(await download.path(), 'utf8')).toBe(RAW);

  // New work is saved as usual, and the raw data survives it until dismissed.
  await system.fill('Fresh start');
  await page.reload();
  await expect(system).toHaveValue('Fresh start');
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
  const left = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.includes('backup')),
  );
  expect(left).toEqual([]);
});

test('a full storage quota is reported and what was saved before is kept', async ({ page }) => {
  await page.goto('./');
  const system = page.getByRole('textbox', { name: 'System message' });
  await system.fill('Saved before');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('llm-playground:state') ?? ''))
    .toContain('Saved before');

  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await system.fill('Saved before, then more');
  const banner = page.getByRole('status').filter({ hasText: 'Storage is full' });
  await expect(banner).toContainText('your latest changes are not saved');
  await expect(banner).toContainText('Export the session');
  // The app keeps working with the change in memory.
  await expect(system).toHaveValue('Saved before, then more');

  await page.reload();
  await expect(system).toHaveValue('Saved before');
});
