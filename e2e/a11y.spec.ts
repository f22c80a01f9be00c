// An automated accessibility audit (axe-core) of the main screen, the
// connection dialog, View code and the compare view, in both themes: no
// serious or critical violation (WCAG 2.1 A and AA rules, colour contrast
// included).

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openConnected, send, assistantMessages } from './support';

async function audit(page: Page, what: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`),
    }));
  expect(serious, `${what}: serious or critical accessibility violations`).toEqual([]);
}

/** Audits the four screens, leaving the page as it found it. */
async function auditScreens(page: Page, theme: string): Promise<void> {
  await audit(page, `${theme}: main screen`);

  await page.getByRole('button', { name: 'Connection', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Base URL' })).toBeVisible();
  await audit(page, `${theme}: connection dialog`, '[role="dialog"]');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'View code' }).click();
  const code = page.getByRole('dialog', { name: 'View code' });
  await expect(code.locator('pre.shiki')).toContainText('curl');
  await audit(page, `${theme}: View code`, '[role="dialog"]');
  await page.keyboard.press('Escape');
  await expect(code).toBeHidden();

  const compare = page.getByRole('button', { name: 'Compare', exact: true });
  await compare.click();
  await expect(page.getByRole('region', { name: 'Compare' })).toBeVisible();
  await audit(page, `${theme}: compare view`);
  await compare.click();
  await expect(page.getByRole('region', { name: 'Compare' })).toHaveCount(0);
}

// Both themes in one page load: the second is chosen in the header, as a user would.
test('no serious accessibility violation in the light or the dark theme', async ({ page, api }) => {
  // axe walks the whole page eight times: slow on a busy machine.
  test.setTimeout(120_000);
  // The other theme for the system, so the saved choice is what is audited.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('llm-playground:theme', 'light'));
  await openConnected(page, api, { model: 'gpt-4o' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // A conversation with a rendered, highlighted answer, and the probabilities on.
  await api.script({
    kind: 'text',
    text: 'Some **bold** text.\n\n```python\n# a comment\nx = 1\n```',
  });
  await send(page, 'Show me');
  await expect(assistantMessages(page).locator('[data-highlighted="true"]')).toHaveCount(1);
  await auditScreens(page, 'light');

  await page.emulateMedia({ colorScheme: 'light' });
  await page
    .getByRole('radiogroup', { name: 'Theme' })
    .getByRole('radio', { name: 'Dark' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await auditScreens(page, 'dark');
});
