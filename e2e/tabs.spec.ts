import { test, expect, send, assistantMessages, waitIdle, openWithModel } from './support';

// Two tabs of the playground on one profile share its saved state: each
// follows what the other saves, so neither writes back a stale copy.

test('what one tab changes shows in the other, both ways, without a reload', async ({
  page,
  api,
}) => {
  await openWithModel(page, api);
  const other = await page.context().newPage();
  await other.goto('./');
  const system = page.getByRole('textbox', { name: 'System message' });
  const otherSystem = other.getByRole('textbox', { name: 'System message' });
  await expect(otherSystem).toBeVisible();

  await system.fill('Answer in French.');
  await expect(otherSystem).toHaveValue('Answer in French.');

  // The other tab's own change comes back, and is not overwritten by this tab's next save.
  await otherSystem.fill('Answer in Spanish.');
  await expect(system).toHaveValue('Answer in Spanish.');
  await api.script({ kind: 'text', text: 'Hola.' });
  await send(page, 'Hello');
  await waitIdle(page);
  await expect(otherSystem).toHaveValue('Answer in Spanish.');
  await expect(assistantMessages(other)).toHaveText(/Hola\./);
});

test('a tab opened while another is answering shows that answer once it is finished', async ({
  page,
  api,
}) => {
  await openWithModel(page, api);
  const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
  await api.script({ kind: 'text', text: words, chunkSize: 6, chunkDelayMs: 80 });
  await send(page, 'Count');
  await expect(assistantMessages(page).last()).toContainText('word2');

  const other = await page.context().newPage();
  await other.goto('./');
  await expect(other.getByRole('textbox', { name: 'System message' })).toBeVisible();

  await waitIdle(page);
  await expect(assistantMessages(page).last()).toContainText('word29');
  // The other tab loaded while the answer was in flight; it follows it to the end.
  const theirs = assistantMessages(other).last();
  await expect(theirs).toContainText('word29');
  await expect(other.getByText('Interrupted by a page reload')).toHaveCount(0);
});
