import { test, expect, composer, openConnected, assistantMessages } from './support';

test('Run ×3 shows the answers, how many are distinct, their spread and a word diff', async ({
  page,
  api,
}) => {
  await openConnected(page, api, { model: 'gpt-4o' });
  // Three different scripted answers, two of them the same after trimming.
  await api.script(
    { kind: 'text', text: 'The sky is blue today.' },
    { kind: 'text', text: 'The sky is blue today.\n' },
    { kind: 'text', text: 'The sky is grey today.' },
  );
  await composer(page).fill('What colour is the sky?');
  await page.getByRole('spinbutton', { name: 'Number of runs' }).fill('3');
  await page.getByRole('button', { name: 'Run ×N' }).click();

  const panel = page.getByRole('region', { name: 'Repeat', exact: true });
  await expect(panel.getByRole('status').first()).toHaveText('3 answers · 2 distinct');
  expect(api.completions()).toHaveLength(3);
  const bodies = api.completions().map((r) => JSON.stringify(r.body));
  expect(new Set(bodies).size).toBe(1);

  const spread = panel.getByRole('table');
  await expect(spread.getByRole('row', { name: /Latency/ })).toContainText('ms');
  await expect(spread.getByRole('row', { name: /Output tokens/ })).toContainText('5');

  // Diff the grey answer against a blue one, whichever order they arrived in.
  const answers = panel.getByRole('article');
  const texts = await answers.allInnerTexts();
  const grey = texts.findIndex((t) => t.includes('grey'));
  const blue = texts.findIndex((t) => t.includes('blue'));
  await panel.getByRole('combobox', { name: 'Diff from' }).click();
  await page.getByRole('option', { name: `Answer ${blue + 1}`, exact: true }).click();
  await panel.getByRole('combobox', { name: 'Diff to' }).click();
  await page.getByRole('option', { name: `Answer ${grey + 1}`, exact: true }).click();
  const diff = panel.getByLabel('Word diff');
  await expect(diff.locator('del')).toHaveText('blue');
  await expect(diff.locator('ins')).toHaveText('grey');
  await expect(panel).toContainText('1 word added, 1 removed.');

  // Nothing was added to the conversation until one answer is adopted.
  await expect(assistantMessages(page)).toHaveCount(0);
  await answers.nth(grey).getByRole('button', { name: 'Use this answer' }).click();
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page)).toContainText('The sky is grey today.');
  await expect(page.getByRole('article', { name: 'user message' })).toHaveCount(1);
});
