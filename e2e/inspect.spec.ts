import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  openConnected,
  pickModel,
  composer,
  assistantMessages,
  waitIdle,
  KEY,
  openWithModel,
} from './support';

/** No serious or critical WCAG 2.1 A/AA violation inside `selector`. */
async function expectAccessible(page: Page, selector: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include(selector)
    .analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

test('Inspect shows the exact request, the SSE events with arrival times, and agrees with View code', async ({
  page,
  context,
  api,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openConnected(page, api, { system: 'Be brief.' });
  await pickModel(page, 'gpt-4o');
  await api.script({ kind: 'text', chunks: ['Hello', ' there', '!'], chunkDelayMs: 30 });
  await composer(page).fill('Say hello');
  await page.getByRole('button', { name: 'Add message' }).click();

  await page.getByRole('button', { name: 'View code' }).click();
  const dialog = page.getByRole('dialog', { name: 'View code' });
  await dialog.getByRole('tab', { name: 'cURL' }).click();
  const curl = await dialog.getByRole('region', { name: 'cURL code' }).innerText();
  const viewCodeBody: unknown = JSON.parse(/--data-raw '([\s\S]*)'\s*$/.exec(curl)![1]!);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(assistantMessages(page).last()).toContainText('Hello there!');
  await waitIdle(page);

  await page.getByRole('tab', { name: 'Inspect' }).click();
  const inspect = page.getByRole('region', { name: 'Inspect' });
  await expect(inspect).toContainText(/first token \d+ ms · total \d+ ms/);
  const inspected: unknown = JSON.parse(await inspect.getByLabel('Request body').innerText());
  expect(inspected).toEqual(viewCodeBody);
  expect(inspected).toEqual(api.lastBody());

  await expect(inspect).toContainText(`POST ${api.url}/v1/llms/completion`);
  await expect(inspect.getByLabel('Request headers')).toContainText('api-key');
  await expect(inspect).not.toContainText(KEY);
  await expect(inspect).toContainText('HTTP 200');
  await expect(inspect.getByLabel('Response headers')).toContainText('text/event-stream');

  const rows = inspect.getByRole('table', { name: 'Events' }).getByRole('row');
  // A header row, three text chunks, the finish/usage chunks and [DONE].
  await expect(rows.last()).toContainText('[DONE]');
  const times = (await rows.locator('td:first-child').allInnerTexts()).map((t) =>
    Number(/^\+([\d,]+) ms$/.exec(t)![1]!.replace(/,/g, '')),
  );
  expect(times.length).toBeGreaterThanOrEqual(4);
  expect(times).toEqual([...times].sort((a, b) => a - b));
  const texts = await rows.locator('td:nth-child(3)').allInnerTexts();
  expect(texts.filter((t) => /"content":"( there|!)"/.test(t))).toHaveLength(2);
  // The transcript is built when the button is pressed, from the run as it ended.
  await inspect.getByRole('button', { name: 'Copy events' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the events.' })).toBeVisible();
  const transcript = await page.evaluate(() => navigator.clipboard.readText());
  expect(transcript).toMatch(/^: \+\d+ ms\ndata: \{/);
  expect(transcript).toContain('"content":" there"');
  expect(transcript.trimEnd().endsWith('data: [DONE]')).toBe(true);
  await expect(inspect.getByRole('button', { name: 'Copy request body' })).toBeVisible();
  await expectAccessible(page, 'section[aria-label="Inspect"]');

  // The message's own Inspect button selects its run.
  await assistantMessages(page).last().getByRole('button', { name: 'Inspect request' }).click();
  await expect(inspect.getByLabel('Request body')).toContainText('Say hello');
});

test('a long stream shows its first hundred events, and the rest a page at a time', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o');
  await api.script({ kind: 'text', text: 'x'.repeat(150), chunkSize: 1 });
  await composer(page).fill('Count');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await waitIdle(page);
  await page.getByRole('tab', { name: 'Inspect' }).click();
  const inspect = page.getByRole('region', { name: 'Inspect' });
  const rows = inspect.getByRole('table', { name: 'Events' }).getByRole('row');
  // A header row and the first hundred events: the first hundred text chunks.
  await expect(rows).toHaveCount(101);
  await expect(rows.nth(100)).toContainText('"content":"x"');
  const more = inspect.getByRole('button', { name: /^Show \d+ more of \d+ events$/ });
  const [, next, hidden] = /Show (\d+) more of (\d+) events/.exec(await more.innerText())!;
  // The other fifty chunks, the finish (and usage) chunks and [DONE].
  expect(Number(hidden)).toBeGreaterThanOrEqual(52);
  expect(next).toBe(hidden);
  await more.click();
  await expect(rows).toHaveCount(101 + Number(hidden));
  await expect(rows.last()).toContainText('[DONE]');
  await expect(more).toBeHidden();
});

test('the estimate follows the composer, and the actual usage and cost replace it', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o');
  const estimate = page.getByRole('group', { name: 'Estimate before sending' });

  // gpt-4o counts with o200k_base: 3 framing + 1 ("user") + 2 ("hello world") + 3 priming.
  await composer(page).fill('hello world');
  await expect(estimate).toContainText(/^9 input tokens \(o200k_base\)/);
  await composer(page).pressSequentially(' hello world');
  await expect(estimate).toContainText(/^11 input tokens \(o200k_base\)/);
  // Max tokens unset: up to the catalogue's 16,384 at $10 per million, of a 128,000 window.
  await expect(estimate).toContainText('+ up to 16,384 out');
  await expect(estimate).toContainText('< $0.0001 – $0.164');
  await expect(estimate.getByRole('meter', { name: 'Context window use' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Max tokens' }).fill('100');
  await expect(estimate).toContainText('< $0.0001 – $0.0010');

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await waitIdle(page);
  await expect(assistantMessages(page).last().getByLabel('Run statistics')).toContainText(
    /\d+ in · \d+ out .*cost (\$|< \$)/,
  );
  await expect(estimate).toContainText(/^\d+ input tokens \(o200k_base\)/);
});

test('a prompt variable is substituted into the sent body, and a missing one blocks Send', async ({
  page,
  api,
}) => {
  await openConnected(page, api, { system: 'You are {{persona}}.' });
  await pickModel(page, 'gpt-4o');
  const panel = page.getByRole('region', { name: 'Variables' });
  await panel.getByRole('textbox', { name: '{{persona}}' }).fill('a pirate');
  await composer(page).fill('Tell me about {{topic}}, not \\{{literal}}');
  await expect(panel.getByRole('textbox', { name: '{{topic}}' })).toBeVisible();
  await expect(panel.getByRole('textbox', { name: '{{literal}}' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('alert', { name: 'Why nothing was sent' })).toContainText(
    'Fix Variables: give {{topic}} a value',
  );
  expect(api.completions()).toHaveLength(0);
  await expectAccessible(page, 'section[aria-label="Variables"]');

  await panel.getByRole('textbox', { name: '{{topic}}' }).fill('ships');
  await expect(page.getByRole('alert', { name: 'Why nothing was sent' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await waitIdle(page);
  expect(api.lastBody()).toMatchObject({
    messages: [
      { role: 'system', content: 'You are a pirate.' },
      { role: 'user', content: 'Tell me about ships, not {{literal}}' },
    ],
  });
  // The conversation keeps the template; the values survive a reload.
  await expect(page.getByRole('article', { name: 'user message' })).toContainText('{{topic}}');
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Variables' }).getByRole('textbox', { name: '{{topic}}' }),
  ).toHaveValue('ships');
});
