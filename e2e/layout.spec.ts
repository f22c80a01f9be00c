// The layout at every width: three zones on a desktop with collapsible side
// zones (remembered), drawers at tablet and phone widths, the composer always
// in reach, and never a horizontal scrollbar.

import type { Page } from '@playwright/test';
import {
  test,
  expect,
  assistantMessages,
  composer,
  openConnected,
  openOpenAiWithModel,
  pickModel,
  send,
  waitIdle,
} from './support';

const overflow = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

test('a phone: side zones are drawers, the composer stays usable, nothing scrolls sideways', async ({
  page,
  api,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openConnected(page, api);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await expect(page.getByRole('complementary', { name: 'Model and parameters' })).toHaveCount(0);

  // The model and parameters drawer: open, pick, close; focus comes back to its button.
  const paramsButton = page.getByRole('button', { name: 'Model and parameters' });
  await paramsButton.click();
  const drawer = page.getByRole('dialog', { name: 'Model and parameters' });
  await expect(drawer).toBeVisible();
  await pickModel(page, 'gpt-4o');
  await drawer.getByRole('spinbutton', { name: 'Max tokens', exact: true }).fill('64');
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(drawer).toBeHidden();
  await expect(paramsButton).toBeFocused();

  // The composer sits at the bottom of the visible area however long the page is.
  await api.script({ kind: 'text', text: 'line\n'.repeat(80) });
  await send(page, 'A long answer please');
  await waitIdle(page);
  await expect(assistantMessages(page)).toHaveCount(1);
  expect((api.lastBody() as { max_tokens?: number }).max_tokens).toBe(64);
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await composer(page).boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(740);
  await composer(page).fill('Still reachable');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeInViewport();

  // Run details is a drawer too, and Escape closes it.
  const detailsButton = page.getByRole('button', { name: 'Run details' });
  await detailsButton.click();
  await expect(page.getByRole('dialog', { name: 'Run details' })).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Run details' })).toBeHidden();
  await expect(detailsButton).toBeFocused();

  // A tablet and a desktop: still no horizontal scrolling.
  for (const width of [768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(composer(page)).toBeVisible();
    expect(await overflow(page), `at ${width}px`).toBeLessThanOrEqual(0);
  }
});

test('a desktop: three zones, the side ones collapse and stay so after a reload', async ({
  page,
  api,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openConnected(page, api, { model: 'gpt-4o' });
  const params = page.getByRole('complementary', { name: 'Model and parameters' });
  const details = page.getByRole('complementary', { name: 'Run details' });
  await expect(params.getByRole('combobox', { name: 'Model', exact: true })).toBeVisible();
  await expect(details).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();

  const toggle = params.getByRole('button', { name: 'Model and parameters' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const before = (await page.getByRole('main').boundingBox())!.width;
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toHaveCount(0);
  expect((await page.getByRole('main').boundingBox())!.width).toBeGreaterThan(before);

  await page.reload();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText('gpt-4o');
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

test('the first-run welcome: not in the way, its in-browser way in, dismissed for good', async ({
  page,
}) => {
  await page.goto('./');
  const welcome = page.getByRole('region', { name: 'Welcome to the playground' });
  await expect(welcome).toBeVisible();
  // Not modal: the playground works around it.
  await expect(composer(page)).toBeEditable();

  await welcome.getByRole('button', { name: 'Chat with the in-browser model' }).click();
  await expect(welcome).toHaveCount(0);
  await expect(composer(page)).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(
    'stories260K',
  );

  // A fresh profile again: ✕ dismisses it, and it stays dismissed.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await welcome.getByRole('button', { name: 'Dismiss welcome' }).click();
  await expect(welcome).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toBeVisible();
  await expect(welcome).toHaveCount(0);

  // Never in an embedded frame, whatever this browser holds.
  await page.evaluate(() => localStorage.clear());
  await page.goto('./?embed=1');
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await expect(welcome).toHaveCount(0);
});

test('with Chat and Complete tabs, the composer still sits at the bottom of an empty chat', async ({
  page,
  oai,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openOpenAiWithModel(page, oai, 'gpt-4o-mini');
  await expect(page.getByRole('tab', { name: 'Chat' })).toHaveAttribute('aria-selected', 'true');
  const box = (await composer(page).boundingBox())!;
  // The chat panel fills the zone, and the composer is at its foot, not under the tabs.
  expect(box.y).toBeGreaterThan(400);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
});
