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
  // Not even for a moment: while it loads, or between the end there and the
  // saved answer's arrival here.
  await other.addInitScript(() => {
    const seen = { interrupted: false };
    Object.assign(window, { __seen: seen });
    document.addEventListener('DOMContentLoaded', () =>
      new MutationObserver(() => {
        if (document.body.textContent?.includes('Interrupted by a page reload'))
          seen.interrupted = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true }),
    );
  });
  await other.goto('./');
  // Saved as streaming, the answer is not taken for one a reload cut off.
  await expect(other.getByText('Answering in another tab')).toBeVisible();
  await expect(other.getByText('Interrupted by a page reload')).toHaveCount(0);

  await waitIdle(page);
  await expect(assistantMessages(page).last()).toContainText('word29');
  // The other tab loaded while the answer was in flight; it follows it to the end.
  const theirs = assistantMessages(other).last();
  await expect(theirs).toContainText('word29');
  await expect(other.getByText('Interrupted by a page reload')).toHaveCount(0);
  await expect(other.getByText('Answering in another tab')).toHaveCount(0);
  const seen = await other.evaluate(
    () => (window as unknown as { __seen: { interrupted: boolean } }).__seen,
  );
  expect(seen.interrupted).toBe(false);
});

test('when the answering tab closes mid-answer, the other shows the answer cut off, and a reload brings back its text', async ({
  page,
  api,
}) => {
  await openWithModel(page, api);
  // Three pieces of 12 characters, then the stream stays open until the client goes.
  await api.script({
    kind: 'text',
    text: 'First part. Second part. Third part. The rest never comes.',
    chunkSize: 12,
    holdAfterChunks: 3,
  });
  await send(page, 'Go');
  await expect(assistantMessages(page).last()).toContainText('Third part.');

  const other = await page.context().newPage();
  await other.goto('./');
  await expect(other.getByText('Answering in another tab')).toBeVisible();
  await page.close();
  // Its lock went with the tab: now it is an answer cut off, with a Retry.
  await expect(other.getByText('Interrupted by a page reload')).toBeVisible();
  await expect(other.getByText('Answering in another tab')).toHaveCount(0);
  await other.reload();
  await expect(assistantMessages(other).last()).toContainText(
    'First part. Second part. Third part.',
  );
});
