import { test, expect, send, assistantMessages, waitIdle, openWithModel } from './support';

const LONG = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');

test('the answer streams in incrementally and shows usage and timing', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await api.script({ kind: 'text', text: LONG, chunkDelayMs: 40, chunkSize: 8 });
  await send(page, 'stream please');
  const answer = assistantMessages(page).last();
  // Partial text is visible while the run is still going.
  await expect(answer).toContainText('word3');
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  const partial = await answer.innerText();
  expect(partial).not.toContain('word59');
  await expect(answer).toContainText('word59');
  await waitIdle(page);
  const stats = answer.getByLabel('Run statistics');
  await expect(stats).toContainText(/\d+ in · \d+ out/);
  await expect(stats).toContainText('first token');
  await expect(stats).toContainText('tok/s');
  expect(api.lastBody()).toMatchObject({ stream: true });
});

test('Stop keeps the partial answer, marked as stopped', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await api.script({ kind: 'text', text: LONG, chunkDelayMs: 60, chunkSize: 8 });
  await send(page, 'long one');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('word2');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await waitIdle(page);
  await expect(answer).toContainText('Stopped');
  const text = await answer.innerText();
  expect(text).toContain('word2');
  expect(text).not.toContain('word59');
  // Nothing arrives after the stop.
  await page.waitForTimeout(300);
  expect(await answer.innerText()).toBe(text);
});

test('Escape stops a running generation', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await api.script({ kind: 'text', text: LONG, chunkDelayMs: 60, chunkSize: 8 });
  await send(page, 'long one');
  await expect(assistantMessages(page).last()).toContainText('word2');
  await page.keyboard.press('Escape');
  await waitIdle(page);
  await expect(assistantMessages(page).last()).toContainText('Stopped');
});

test('with streaming off the answer arrives whole and renders the same way', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o');
  await page.getByRole('switch', { name: 'Stream' }).click();
  await send(page, 'no stream');
  await expect(assistantMessages(page)).toContainText(
    'Hello from the fixture. You said: no stream',
  );
  const stats = assistantMessages(page).getByLabel('Run statistics');
  await expect(stats).toContainText(/\d+ in · \d+ out/);
  // SipPulse's performance block: the server's own execution time.
  await expect(stats).toContainText('server');
  expect(api.lastBody()).toMatchObject({ stream: false });
});

test('reasoning deltas go to the reasoning view', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await api.script({ kind: 'reasoning', reasoning: 'Thinking hard.', text: 'The answer.' });
  await send(page, 'think');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('The answer.');
  await answer.getByText('Reasoning').click();
  await expect(answer.locator('details')).toContainText('Thinking hard.');
});

test('max tokens cut-off is shown', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await page.getByRole('spinbutton', { name: 'Max tokens' }).fill('3');
  await send(page, 'one two three four five');
  await expect(assistantMessages(page)).toContainText('Cut off at Max tokens');
});
