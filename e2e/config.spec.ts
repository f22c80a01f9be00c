// A deployment's config.json: the built app served by a static host of its
// own (port 0) with a config.json next to index.html, written by each test.

import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from './fixtures/static-server.mjs';
import {
  test as base,
  expect,
  KEY,
  assistantMessages,
  send,
  waitIdle,
  openConnected,
} from './support';

const DIST = process.env.E2E_DIST ?? 'dist';

const test = base.extend<{ site: StaticServer; configFile: string }>({
  configFile: async ({}, provide, testInfo) => provide(testInfo.outputPath('config.json')),
  site: async ({ configFile }, provide) => {
    // Under a sub-path: config.json is read next to index.html, not at the host's root.
    const site = await startStaticServer({
      root: DIST,
      prefix: '/deploy/',
      extraFiles: { '/deploy/config.json': configFile, '/config.json': 'package.json' },
    });
    await provide(site);
    await site.close();
  },
  // Every page.goto('./') in these tests opens the app on that host.
  baseURL: async ({ site }, provide) => provide(site.url),
});

function writeConfig(file: string, config: unknown): void {
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config, null, 2));
}

const modelPicker = (page: Page) => page.getByRole('combobox', { name: 'Model', exact: true });

/** Enters the key for the active connection through the Connection dialog. */
async function addKey(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Connection', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Connection' });
  await dialog.getByLabel('API key').fill(KEY);
  await dialog.getByRole('button', { name: 'Save' }).click();
}

test('a fresh profile starts on the configured connection and model', async ({
  page,
  api,
  configFile,
}) => {
  writeConfig(configFile, {
    connections: [
      { name: 'Acme SipPulse', provider: 'sippulse', baseUrl: api.url },
      { name: 'Acme gateway', provider: 'openai', baseUrl: 'https://gateway.acme.test/v1' },
    ],
    defaultConnection: 'Acme SipPulse',
    defaultModel: 'gpt-4o-mini',
  });
  await page.goto('./');
  await expect(page.getByRole('combobox', { name: 'Active connection' })).toContainText(
    'Acme SipPulse',
  );
  await expect(modelPicker(page)).toContainText('gpt-4o-mini');
  await page.getByRole('combobox', { name: 'Active connection' }).click();
  await expect(page.getByRole('option')).toHaveText([
    'In-browser (llama.cpp)',
    'Acme SipPulse',
    'Acme gateway',
  ]);
  await page.keyboard.press('Escape');

  // The configured connection carries no key: the user adds theirs, and it works.
  await addKey(page);
  await send(page, 'hello from the deployment');
  await expect(assistantMessages(page)).toContainText('You said: hello from the deployment');
  expect(api.lastBody()).toMatchObject({ model: 'gpt-4o-mini' });

  // A reload keeps the user's state; config.json does not add its connections again.
  await page.reload();
  await page.getByRole('combobox', { name: 'Active connection' }).click();
  await expect(page.getByRole('option')).toHaveCount(3);
});

test('a returning user keeps their own connection and model', async ({ page, api, configFile }) => {
  writeConfig(configFile, {
    connections: [{ name: 'Acme', provider: 'openai', baseUrl: 'https://gateway.acme.test/v1' }],
    defaultConnection: 'Acme',
    defaultModel: 'gpt-4o-mini',
  });
  await openConnected(page, api, { model: 'gpt-4o' });
  await expect(modelPicker(page)).toContainText('gpt-4o');
  await expect(modelPicker(page)).not.toContainText('gpt-4o-mini');
  await expect(page.getByRole('combobox', { name: 'Active connection' })).toContainText(
    /^SipPulse/,
  );
});

test('models the deny-list names are not offered', async ({ page, api, configFile }) => {
  writeConfig(configFile, { models: { deny: ['gpt-4o-mini', 'claude-*', '*-preview'] } });
  await openConnected(page, api);
  await modelPicker(page).click();
  const options = page.getByRole('option');
  await expect(options.filter({ hasText: 'gpt-4o' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'o3-mini' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'gpt-4o-mini' })).toHaveCount(0);
  await expect(options.filter({ hasText: 'claude' })).toHaveCount(0);
});

test('an allow-list offers only its models and unselects an excluded one', async ({
  page,
  api,
  configFile,
}) => {
  writeConfig(configFile, { models: { allow: ['gpt-4o*'] } });
  // The user had picked a model the deployment no longer allows.
  await openConnected(page, api, { model: 'o3-mini' });
  await expect(modelPicker(page)).toContainText('Choose a model');
  await modelPicker(page).click();
  await expect(page.getByRole('option')).toHaveText([/^gpt-4o(?!-mini)/, /^gpt-4o-mini/]);
});

test('a locked parameter is read-only and always sent; a default starts editable', async ({
  page,
  api,
  configFile,
}) => {
  writeConfig(configFile, {
    params: { defaults: { temperature: 0.3, max_tokens: 64 }, locked: ['temperature'] },
  });
  await openConnected(page, api, { model: 'gpt-4o' });
  const temperature = page.getByRole('spinbutton', { name: 'Temperature', exact: true });
  await expect(temperature).toHaveValue('0.3');
  await expect(temperature).not.toBeEditable();
  await expect(
    page.getByText('Locked by this deployment: always sent with this value.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset Temperature' })).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Temperature' })).toBeDisabled();

  // Keys do nothing to a locked value.
  await temperature.focus();
  await page.keyboard.press('ArrowUp');
  await expect(temperature).toHaveValue('0.3');

  // The default is a starting point: the user changes it.
  const maxTokens = page.getByRole('spinbutton', { name: 'Max tokens', exact: true });
  await expect(maxTokens).toHaveValue('64');
  await maxTokens.fill('100');

  await send(page, 'locked');
  await waitIdle(page);
  expect(api.lastBody()).toMatchObject({ temperature: 0.3, max_tokens: 100 });
});

test('the title, accent colour and hidden features apply', async ({ page, api, configFile }) => {
  writeConfig(configFile, {
    title: 'Acme AI Playground',
    accentColor: '#0f766e',
    features: { viewCode: false, connectionEditing: false },
  });
  await openConnected(page, api, { model: 'gpt-4o' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme AI Playground');
  await expect(page).toHaveTitle('Acme AI Playground');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toHaveCSS(
    'background-color',
    'rgb(15, 118, 110)',
  );
  await expect(page.getByRole('button', { name: 'View code' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Connection', exact: true })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Active connection' })).toHaveCount(0);
  await send(page, 'still works');
  await expect(assistantMessages(page)).toContainText('You said: still works');
});

test('with connection editing off, a missing key is asked for and nothing else', async ({
  page,
  api,
  configFile,
}) => {
  writeConfig(configFile, {
    connections: [{ name: 'Acme', provider: 'sippulse', baseUrl: api.url }],
    defaultConnection: 'Acme',
    defaultModel: 'gpt-4o',
    features: { connectionEditing: false },
  });
  await page.goto('./');
  await expect(modelPicker(page)).toContainText('gpt-4o');
  await send(page, 'needs a key');
  const dialog = page.getByRole('dialog', { name: 'Connection' });
  await expect(dialog).toContainText(`Acme (${api.url})`);
  await expect(dialog.getByRole('textbox', { name: 'Base URL' })).toHaveCount(0);
  await expect(dialog.getByRole('combobox', { name: 'Provider' })).toHaveCount(0);
  await dialog.getByLabel('API key').fill(KEY);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(assistantMessages(page)).toContainText('You said: needs a key');
});

test('a config.json that is not JSON is reported, and the app works without it', async ({
  page,
  api,
  configFile,
}) => {
  writeConfig(configFile, '{ "title": "Acme", ');
  await openConnected(page, api, { model: 'gpt-4o' });
  const banner = page.getByRole('alert').filter({ hasText: 'config.json' });
  await expect(banner).toContainText('This deployment’s config.json was ignored.');
  await expect(banner).toContainText('is not valid JSON');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LLM Playground');

  await send(page, 'despite the config');
  await expect(assistantMessages(page)).toContainText('You said: despite the config');
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});

test('invalid fields are listed and ignored while the valid ones apply', async ({
  page,
  api,
  configFile,
}) => {
  writeConfig(configFile, {
    title: 'Acme',
    accentColor: 'not-a-colour',
    features: { viewCode: 'no' },
    connections: [
      { name: 'Leaky', provider: 'openai', baseUrl: 'https://x.test/v1', apiKey: 'sk-LEAKED' },
    ],
  });
  await openConnected(page, api, { model: 'gpt-4o' });
  const banner = page.getByRole('alert').filter({ hasText: 'config.json' });
  await expect(banner).toContainText(
    'Some settings in this deployment’s config.json were ignored.',
  );
  await expect(banner.getByRole('listitem')).toHaveText([
    /^connections\[0\] contains an API key \("apiKey"\)\. config\.json is public/,
    /^accentColor "not-a-colour" is not a CSS colour/,
    /^features\.viewCode must be true or false/,
  ]);
  await expect(banner).not.toContainText('sk-LEAKED');
  // What was valid applies; what was not falls back to the defaults.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme');
  await expect(page.getByRole('button', { name: 'View code' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Active connection' }).click();
  await expect(page.getByRole('option', { name: 'Leaky' })).toHaveCount(0);
});

test('without a config.json the app starts as usual, with no banner', async ({ page }) => {
  await page.goto('./');
  await expect(modelPicker(page)).toContainText('stories260K');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LLM Playground');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
