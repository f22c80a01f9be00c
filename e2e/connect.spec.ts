import { test, expect, KEY, pickModel } from './support';

/** The stored key of the one saved connection that is not the in-browser engine. */
async function storedKeys(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const pick = (storage: Storage) =>
      Object.keys(storage)
        .filter((k) => k.startsWith('llm-playground:api-key'))
        .map((k) => storage.getItem(k));
    return {
      session: pick(sessionStorage),
      local: pick(localStorage),
      state: localStorage.getItem('llm-playground:state') ?? '',
    };
  });
}

test('a newcomer connects, lists models and reads the model card', async ({ page, api }) => {
  await page.goto('./');
  // A newcomer starts on the in-browser engine: no key, no server.
  const switcher = page.getByRole('combobox', { name: 'Active connection' });
  await expect(switcher).toHaveText(/In-browser/);

  await page.getByRole('button', { name: 'Connection', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Connection' });
  await expect(dialog.getByRole('combobox', { name: 'Saved connection' })).toHaveText(
    /New connection/,
  );
  await expect(dialog.getByRole('combobox', { name: 'Provider' })).toHaveText(/SipPulse/);
  const baseUrl = dialog.getByRole('textbox', { name: 'Base URL' });
  await expect(baseUrl).toHaveValue('https://api.sippulse.ai');
  await baseUrl.fill(api.url);
  await dialog.getByLabel('API key').fill(KEY);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(switcher).toHaveText(/^SipPulse\b/);

  // The models request carries the key in the api-key header.
  await page.getByRole('combobox', { name: 'Model', exact: true }).click();
  const gpt4o = page.getByRole('option', { name: /^gpt-4o\b(?!-)/ });
  await expect(gpt4o).toContainText('Agent');
  await expect(gpt4o).toContainText('JSON');
  await expect(page.getByRole('option', { name: /gpt-3\.5-turbo/ })).toContainText('deprecated');
  await expect(page.getByRole('option', { name: /old-model-x/ })).toContainText('inactive');
  const modelsRequest = api.server.requests.find((r) => r.path === '/v1/llms/models');
  expect(modelsRequest?.headers['api-key']).toBe(KEY);

  // The list is searchable.
  await page.getByRole('combobox', { name: 'Search models' }).fill('claude');
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Search models' }).fill('');
  await page.getByRole('option', { name: /^gpt-4o\b(?!-)/ }).click();

  const card = page.getByRole('region', { name: 'Model card' });
  await expect(card).toContainText('128,000 tokens');
  await expect(card).toContainText('$2.50 / 1M tokens');
  await expect(card).toContainText('built-in catalogue');

  // The key is in sessionStorage only, never in localStorage.
  const stored = await storedKeys(page);
  expect(stored.session).toEqual([KEY]);
  expect(stored.local).toEqual([]);
  expect(stored.state).not.toContain(KEY);
});

test('facts the API gives win over the catalogue; unknown facts say unknown', async ({
  page,
  api,
}) => {
  const { openConnected } = await import('./support');
  await openConnected(page, api);
  await pickModel(page, 'qwen-2.5-7b-instruct');
  const card = page.getByRole('region', { name: 'Model card' });
  await expect(card).toContainText('32,768 tokens');
  await expect(card).toContainText('$0.30 / 1M tokens');
  await pickModel(page, 'llama-3.3-70b-versatile');
  await expect(card).toContainText('131,072 tokens');
  await expect(card.getByText('unknown').first()).toBeVisible();
});

test('"Remember key on this device" keeps the key in localStorage', async ({ page, api }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Connection', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Connection' });
  await dialog.getByRole('textbox', { name: 'Base URL' }).fill(api.url);
  await dialog.getByLabel('API key').fill(KEY);
  await dialog.getByRole('switch', { name: 'Remember key on this device' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  const stored = await storedKeys(page);
  expect(stored.session).toEqual([]);
  expect(stored.local).toEqual([KEY]);
  expect(stored.state).not.toContain(KEY);
});
