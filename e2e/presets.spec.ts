import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, openConnected, pickModel, KEY } from './support';

function systemMessage(page: Page) {
  return page.getByRole('textbox', { name: 'System message' });
}

function temperature(page: Page) {
  return page.getByRole('spinbutton', { name: 'Temperature' });
}

async function chooseFormat(page: Page, label: 'Text' | 'JSON object') {
  await page.getByRole('combobox', { name: 'Response format' }).click();
  await page.getByRole('option', { name: label, exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Response format' })).toContainText(label);
}

async function openPresets(page: Page) {
  await page.getByRole('button', { name: 'Presets', exact: true }).click();
  return page.getByRole('dialog', { name: 'Presets' });
}

test('save a preset, change everything, apply it back; export, import and rename', async ({
  page,
  api,
}) => {
  await openConnected(page, api, { model: 'gpt-4o' });
  await temperature(page).fill('0.3');
  await systemMessage(page).fill('Answer like a pirate.');
  await chooseFormat(page, 'JSON object');

  let dialog = await openPresets(page);
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill('Pirate');
  await dialog.getByRole('button', { name: 'Save current settings' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved “Pirate”.');
  const items = dialog.getByRole('list', { name: 'Saved presets' }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('gpt-4o');
  await page.keyboard.press('Escape');

  await pickModel(page, 'gpt-4o-mini');
  await temperature(page).fill('0.9');
  await systemMessage(page).fill('Plain answers.');
  await chooseFormat(page, 'Text');

  dialog = await openPresets(page);
  await items.filter({ hasText: 'Pirate' }).getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText('gpt-4o');
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).not.toContainText(
    'mini',
  );
  await expect(temperature(page)).toHaveValue('0.3');
  await expect(systemMessage(page)).toHaveValue('Answer like a pirate.');
  await expect(page.getByRole('combobox', { name: 'Response format' })).toContainText(
    'JSON object',
  );

  // Export, delete, import the file back.
  dialog = await openPresets(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export presets' }).click();
  const file = await (await downloading).path();
  const text = await readFile(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'llm-playground-presets',
    presets: [{ name: 'Pirate', model: 'gpt-4o', system: 'Answer like a pirate.' }],
  });
  expect(text).not.toContain(KEY);

  await items.first().getByRole('button', { name: 'Delete' }).click();
  await expect(items).toHaveCount(0);
  await dialog.getByLabel('Presets file').setInputFiles(file);
  await expect(dialog.getByRole('status')).toHaveText('Imported 1 preset.');
  await expect(items).toHaveCount(1);

  await items.first().getByRole('button', { name: 'Rename' }).click();
  await dialog.getByRole('textbox', { name: 'New name for Pirate' }).fill('Pirate, terse');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(items.first()).toContainText('Pirate, terse');

  await dialog.getByLabel('Presets file').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"not": "presets"}'),
  });
  await expect(dialog.getByRole('status')).toContainText('Nothing imported');
  await expect(items).toHaveCount(1);
});
