// A keyboard-only pass from a fresh profile: the welcome's SipPulse way in →
// connect → pick a model → set a parameter → send → stop → View code. Every
// step is reached with Tab, shows a focus ring, and dialogs give focus back.

import type { Locator, Page } from '@playwright/test';
import { test, expect, KEY, assistantMessages, composer } from './support';

/** Presses Tab until `target` has focus (failing after `limit` presses), then checks its focus ring. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  // Resolve the target once, not per press: a role query walks the whole
  // page's accessibility tree, which made this loop most of the test's time.
  // Again only if a re-render replaced the element.
  let element = await target.elementHandle();
  for (let i = 0; i < limit; i += 1) {
    const state = await element.evaluate((el) =>
      !el.isConnected
        ? 'replaced'
        : el === document.activeElement
          ? getComputedStyle(el).outlineStyle
          : 'not focused',
    );
    if (state === 'replaced') {
      await element.dispose();
      element = await target.elementHandle();
      i -= 1;
      continue;
    }
    if (state !== 'not focused') {
      await element.dispose();
      expect(state, 'a visible focus ring').not.toBe('none');
      return;
    }
    await page.keyboard.press('Tab');
  }
  await element.dispose();
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('keyboard only: connect, pick a model, set a parameter, send, stop, view code', async ({
  page,
  api,
}) => {
  // Many small steps (each Tab press is a round trip): slow on a busy machine.
  test.setTimeout(90_000);
  await page.goto('./');
  const welcome = page.getByRole('region', { name: 'Welcome to the playground' });
  await expect(welcome).toBeVisible();

  // Connect: the welcome opens the Connection dialog on the SipPulse preset.
  const sipPulseWay = welcome.getByRole('button', { name: 'Use a SipPulse key' });
  await tabTo(page, sipPulseWay);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Connection' });
  await expect(dialog.getByRole('combobox', { name: 'Provider' })).toContainText('SipPulse');
  const baseUrl = dialog.getByRole('textbox', { name: 'Base URL' });
  await expect(baseUrl).toHaveValue('https://api.sippulse.ai');
  await tabTo(page, baseUrl);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(api.url);
  await tabTo(page, dialog.getByLabel('API key', { exact: true }));
  await page.keyboard.type(KEY);
  await tabTo(page, dialog.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(sipPulseWay).toBeFocused();
  await expect(
    page.getByRole('region', { name: /Notifications/ }).getByText('Connection saved: SipPulse'),
  ).toBeVisible();

  // Pick a model from the searchable list.
  const model = page.getByRole('combobox', { name: 'Model', exact: true });
  await tabTo(page, model);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Search models' })).toBeFocused();
  await page.keyboard.type('gpt-4o-mini');
  await expect(page.getByRole('option')).toHaveCount(1);
  // Home highlights the first match, however the list arrived while typing.
  await page.keyboard.press('Home');
  await expect(page.getByRole('option', { name: /^gpt-4o-mini/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(model).toContainText('gpt-4o-mini');

  // Set a parameter.
  const temperature = page.getByRole('spinbutton', { name: 'Temperature', exact: true });
  await tabTo(page, temperature);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0.5');

  // Send, then stop while it streams.
  // The first chunk at once, then the stream stays open until Stop.
  await api.script({
    kind: 'text',
    chunks: ['One ', 'two ', 'three ', 'four'],
    holdAfterChunks: 1,
  });
  await tabTo(page, composer(page));
  await page.keyboard.type('Count slowly');
  await page.keyboard.press('ControlOrMeta+Enter');
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  await tabTo(page, stop);
  await expect(assistantMessages(page)).toContainText('One');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  await expect(assistantMessages(page)).not.toContainText('four');
  // Screen readers hear the outcome once, politely, not each token as it streamed.
  const announcer = page.getByTestId('answer-announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await expect(announcer).toHaveText(/^Stopped\. Partial answer: One/);
  expect(api.lastBody()).toMatchObject({ model: 'gpt-4o-mini', temperature: 0.5 });

  // View code, closed with Escape: focus returns to its button.
  const viewCode = page.getByRole('button', { name: 'View code' });
  await tabTo(page, viewCode);
  await page.keyboard.press('Enter');
  const code = page.getByRole('dialog', { name: 'View code' });
  await expect(code).toContainText('"temperature": 0.5');
  await page.keyboard.press('Escape');
  await expect(code).toBeHidden();
  await expect(viewCode).toBeFocused();

  // The welcome was for the first visit only.
  await page.reload();
  await expect(model).toContainText('gpt-4o-mini');
  await expect(welcome).toHaveCount(0);
});
