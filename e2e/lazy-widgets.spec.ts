// Widgets whose code loads on first use (tips, the model list, the shortcuts
// popover, the connection dialog): the first press, hover or focus must work
// as if the code had always been there, and focus must end where it belongs.
import { test, expect, openConnected } from './support';

test('help tips show on first hover and on first keyboard focus', async ({ page, api }) => {
  await openConnected(page, api);
  await page.getByRole('combobox', { name: 'Model', exact: true }).click();
  await page.getByRole('option', { name: /^gpt-4o\b(?!-)/ }).click();

  await page.getByRole('button', { name: 'About Temperature' }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Randomness');

  await page.getByRole('button', { name: 'About Top P' }).focus();
  await expect(page.getByRole('tooltip')).toContainText('Nucleus sampling');
  await expect(page.getByRole('button', { name: 'About Top P' })).toBeFocused();
});

test('the model list and the shortcuts open on the first press and give focus back', async ({
  page,
  api,
}) => {
  await openConnected(page, api);
  const picker = page.getByRole('combobox', { name: 'Model', exact: true });
  await picker.press('Enter');
  await expect(page.getByRole('option', { name: /^gpt-4o\b(?!-)/ })).toBeVisible();
  await page.keyboard.type('o3-mini');
  await expect(page.getByRole('option', { name: /^o3-mini/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^gpt-4o\b(?!-)/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('option')).toHaveCount(0);
  await expect(picker).toBeFocused();

  const shortcuts = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await shortcuts.click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Ctrl/⌘ + Enter',
  );
  await shortcuts.click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await expect(shortcuts).toBeFocused();
});

test('the connection dialog opens from its button and gives focus back on close', async ({
  page,
  api,
}) => {
  await openConnected(page, api);
  const button = page.getByRole('button', { name: 'Connection', exact: true });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Connection' });
  await expect(dialog.getByRole('textbox', { name: 'Base URL' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
});
