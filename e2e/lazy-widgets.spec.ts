// Widgets whose code loads on first use or once the page is idle (tips,
// selects, the model list, the shortcuts popover, the connection dialog): the
// first press, hover or focus must work as if the code had always been there,
// and focus must end where it belongs. Sections that load must not move what
// is already on screen.
import type { Page } from '@playwright/test';
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

/**
 * Holds back a lazy chunk (`name-<hash>.js`) until `release` is called: the
 * select widget's, which the page also fetches once idle, so that a press in
 * the meantime lands on the placeholder; a section's, so that it arrives late.
 */
async function holdChunk(page: Page, name: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/${name}-[^/]*\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

for (const way of ['pointer', 'keyboard'] as const) {
  test(`a select opened by ${way} before its code has arrived opens on screen and takes a choice`, async ({
    page,
    api,
  }) => {
    const release = await holdChunk(page, 'SelectWidget');
    await openConnected(page, api, { model: 'gpt-4o' });
    const format = page.getByRole('combobox', { name: 'Response format' });
    if (way === 'pointer') await format.click();
    else {
      await format.focus();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('option')).toHaveCount(0);
    release();
    const option = page.getByRole('option', { name: 'JSON object', exact: true });
    await expect(option).toBeInViewport();
    if (way === 'pointer') await option.click();
    else {
      await expect(page.getByRole('option', { name: 'Text', exact: true })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }
    await expect(format).toContainText('JSON object');
    await expect(format).toBeFocused();
  });
}

test('Response format waits for Tools above it rather than being pushed down by it', async ({
  page,
  api,
}) => {
  const release = await holdChunk(page, 'ToolsPanel');
  const formatCode = page.waitForResponse(/\/ResponseFormatSection-[^/]*\.js$/);
  await openConnected(page, api, { model: 'gpt-4o' });
  await formatCode;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
  const format = page.getByRole('combobox', { name: 'Response format' });
  await expect(format).toBeHidden();
  release();
  await expect(page.getByRole('combobox', { name: 'Tool choice' })).toBeVisible();
  await expect(format).toBeVisible();
});
