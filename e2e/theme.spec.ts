// Themes: light, dark or the system's, chosen in the header, remembered, and
// on <html> before anything is painted (an inline script in index.html, see
// vite/themeBoot.ts), so a dark-theme visitor never sees a white flash.

import type { Page } from '@playwright/test';
import { test, expect, openConnected } from './support';

const LIGHT_BG = 'rgb(247, 247, 248)';
const DARK_BG = 'rgb(20, 20, 24)';

const theme = (page: Page) => page.getByRole('radiogroup', { name: 'Theme' });
const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/**
 * What <html> carried when the parser reached <body> (before anything could
 * be painted) and the background once the document was parsed, per load.
 */
async function recordFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: { atBody?: string | null; atReady?: string } = {};
    (window as unknown as { __theme: typeof seen }).__theme = seen;
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      seen.atBody = document.documentElement.getAttribute('data-theme');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => {
      seen.atReady = getComputedStyle(document.body).backgroundColor;
    });
  });
}
const firstPaint = (page: Page) =>
  page.evaluate(() => (window as unknown as { __theme: unknown }).__theme);

test('the chosen theme applies at once, is remembered, and is there before the first paint', async ({
  page,
  api,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await recordFirstPaint(page);
  await openConnected(page, api, { model: 'gpt-4o' });
  await expect(theme(page).getByRole('radio', { name: 'System' })).toBeChecked();
  expect(await pageBackground(page)).toBe(LIGHT_BG);

  await theme(page).getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(page)).toBe(DARK_BG);

  // Code follows the chosen theme, not the system's: shiki's colours are light-dark() pairs.
  await page.getByRole('button', { name: 'View code' }).click();
  const code = page.getByRole('dialog', { name: 'View code' }).locator('pre.shiki');
  await expect(code).toContainText('curl');
  const darkCode = await code.evaluate((pre) => ({
    bg: getComputedStyle(pre).backgroundColor,
    token: getComputedStyle(
      [...pre.querySelectorAll('span span')].find((s) => s.textContent === 'curl') ?? pre,
    ).color,
  }));
  expect(darkCode.bg).toBe('rgb(13, 17, 23)');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(theme(page).getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await firstPaint(page)).toEqual({ atBody: 'dark', atReady: DARK_BG });

  await theme(page).getByRole('radio', { name: 'Light' }).click();
  await page.getByRole('button', { name: 'View code' }).click();
  await expect(code).toContainText('curl');
  const lightCode = await code.evaluate((pre) => ({
    bg: getComputedStyle(pre).backgroundColor,
    token: getComputedStyle(
      [...pre.querySelectorAll('span span')].find((s) => s.textContent === 'curl') ?? pre,
    ).color,
  }));
  expect(lightCode.bg).toBe('rgb(255, 255, 255)');
  expect(lightCode.token).not.toBe(darkCode.token);
});

test('"System" follows the operating system, live, and leaves <html> unmarked', async ({
  page,
  api,
}) => {
  await page.addInitScript(() => localStorage.setItem('llm-playground:theme', 'light'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await recordFirstPaint(page);
  await openConnected(page, api);
  // The saved choice wins over the system's dark from the very start.
  expect(await firstPaint(page)).toEqual({ atBody: 'light', atReady: LIGHT_BG });

  await theme(page).getByRole('radio', { name: 'System' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await pageBackground(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await pageBackground(page)).toBe(LIGHT_BG);
  expect(await page.evaluate(() => localStorage.getItem('llm-playground:theme'))).toBe('system');
});
