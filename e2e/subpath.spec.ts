import { SUBPATH_PORT } from '../playwright.config';
import { test, expect, KEY, pickModel, send, assistantMessages } from './support';

test('the build works from a sub-path of a static host', async ({ page, api }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    // config.json is optional: a host without one answers 404, which the app expects.
    if (r.status() >= 400 && !r.url().endsWith('/config.json')) failed.push(r.url());
  });
  await page.goto(`http://127.0.0.1:${SUBPATH_PORT}/some/path/`);
  await expect(page.getByRole('heading', { name: 'LLM Playground' })).toBeVisible();
  expect(failed).toEqual([]);

  await page.getByRole('button', { name: 'Connection', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Connection' });
  await dialog.getByRole('textbox', { name: 'Base URL' }).fill(api.url);
  await dialog.getByLabel('API key').fill(KEY);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await pickModel(page, 'gpt-4o');
  await send(page, 'from a sub-path');
  await expect(assistantMessages(page)).toContainText('You said: from a sub-path');
  // The lazily loaded View code chunk resolves under the sub-path too.
  await page.getByRole('button', { name: 'View code' }).click();
  await expect(page.getByRole('tab', { name: 'cURL' })).toBeVisible();
  expect(failed).toEqual([]);
});
