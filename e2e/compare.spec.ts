import type { Page } from '@playwright/test';
import {
  test,
  expect,
  KEY,
  assistantMessages,
  composer,
  type Api,
  type OpenAiApi,
} from './support';

/** Two saved connections (the SipPulse and the OpenAI fixture), SipPulse active with qwen. */
async function openWithTwoConnections(
  page: Page,
  api: Api,
  oai: OpenAiApi,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await page.addInitScript(
    ([spUrl, oaUrl, key, more]) => {
      if (sessionStorage.getItem('e2e-seeded')) return;
      sessionStorage.setItem('e2e-seeded', '1');
      sessionStorage.setItem('llm-playground:api-key:sp', key);
      sessionStorage.setItem('llm-playground:api-key:oa', key);
      localStorage.setItem(
        'llm-playground:state',
        JSON.stringify({
          state: {
            connections: [
              {
                id: 'sp',
                name: 'SipPulse fixture',
                provider: 'sippulse',
                preset: 'sippulse',
                baseUrl: spUrl,
                model: 'qwen-2.5-7b-instruct',
              },
              {
                id: 'oa',
                name: 'OpenAI fixture',
                provider: 'openai',
                preset: 'custom',
                baseUrl: oaUrl,
                model: 'gpt-4o-mini',
              },
            ],
            activeConnectionId: 'sp',
            ...more,
          },
          version: 2,
        }),
      );
    },
    [api.url, oai.baseUrl, KEY, extra] as const,
  );
  await page.goto('./');
}

async function choose(page: Page, combobox: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: combobox, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('combobox', { name: combobox, exact: true })).toContainText(option);
}

/**
 * Compare mode on {@link openWithTwoConnections} with a shared system message
 * ("Shared system") and question ("Shared question"), column 2 on the OpenAI
 * fixture; returns column n's region.
 */
async function compareOnTwoConnections(page: Page, api: Api, oai: OpenAiApi) {
  await openWithTwoConnections(page, api, oai, {
    system: 'Shared system',
    messages: [{ id: 'm1', role: 'user', content: 'Shared question' }],
  });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await choose(page, 'Connection for column 2', 'OpenAI fixture');
  return (n: number) => page.getByRole('region', { name: `Column ${n}`, exact: true });
}

test('four columns run at once: one answers, one errors, one is stopped alone, one is adopted', async ({
  page,
  api,
  oai,
}) => {
  await openWithTwoConnections(page, api, oai);
  const toggle = page.getByRole('button', { name: 'Compare', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // Two columns to start with, each a copy of the current connection and model.
  const column = (n: number) => page.getByRole('region', { name: `Column ${n}`, exact: true });
  await expect(column(2)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Model for column 2' })).toContainText(
    'qwen-2.5-7b-instruct',
  );
  await page.getByRole('button', { name: 'Add column' }).click();
  await page.getByRole('button', { name: 'Add column' }).click();
  await expect(page.getByRole('button', { name: 'Add column' })).toBeDisabled();

  // Column 2 on the OpenAI fixture (its last model comes along), column 3 on a model that fails,
  // column 4 on OpenAI's gpt-4o, which streams slowly.
  await choose(page, 'Connection for column 2', 'OpenAI fixture');
  await expect(page.getByRole('combobox', { name: 'Model for column 2' })).toContainText(
    'gpt-4o-mini',
  );
  await choose(page, 'Model for column 3', 'gpt-4o');
  await choose(page, 'Connection for column 4', 'OpenAI fixture');
  await choose(page, 'Model for column 4', 'gpt-4o');

  // Column 1's own temperature, from the same parameter controls as the side panel.
  await page.getByRole('button', { name: 'Parameters for column 1' }).click();
  const params = page.getByRole('dialog', { name: 'Parameters for column 1' });
  await params.getByRole('spinbutton', { name: 'Temperature' }).fill('0.3');
  await params.getByRole('button', { name: 'Done' }).click();
  await expect(params).toBeHidden();

  await api.script(
    { kind: 'text', model: 'qwen-2.5-7b-instruct', text: 'Qwen says hello.' },
    { kind: 'error', model: 'gpt-4o', status: 500 },
  );
  await oai.script(
    { kind: 'text', model: 'gpt-4o-mini', text: 'Mini says hello.' },
    {
      kind: 'text',
      model: 'gpt-4o',
      text: 'one two three four five six seven eight nine ten eleven twelve',
      chunkSize: 4,
      chunkDelayMs: 400,
    },
  );
  await composer(page).fill('Say hello');
  await composer(page).press('Control+Enter');

  // Column 4 streams; stopping it leaves the others running.
  await expect(column(4).getByLabel('Answer of column 4')).toContainText('one');
  await column(4).getByRole('button', { name: 'Stop column 4' }).click();
  await expect(column(4)).toContainText('Stopped');

  await expect(column(1).getByLabel('Answer of column 1')).toHaveText('Qwen says hello.');
  await expect(column(2).getByLabel('Answer of column 2')).toHaveText('Mini says hello.');
  await expect(column(3).getByRole('alert')).toBeVisible();
  await expect(column(3)).toContainText('Failed');
  // Usage and the model's prices (qwen: $0.30 / $0.60 per million) give a cost.
  const stats1 = column(1).getByLabel('Run statistics of column 1');
  await expect(stats1).toContainText(/TTFT \d/);
  await expect(stats1).toContainText(/\d+ in · \d+ out/);
  await expect(stats1).toContainText('$0.');
  // gpt-4o-mini's prices come from the catalogue.
  await expect(column(2).getByLabel('Run statistics of column 2')).toContainText('$0.');

  // One request per column, each with its own model and parameters; the conversation is shared.
  const sp = api.completions().map((r) => r.body as Record<string, unknown>);
  expect(sp.map((b) => b.model).sort()).toEqual(['gpt-4o', 'qwen-2.5-7b-instruct']);
  expect(sp.find((b) => b.model === 'qwen-2.5-7b-instruct')?.temperature).toBe(0.3);
  expect(sp.find((b) => b.model === 'gpt-4o')?.temperature).toBeUndefined();
  expect(
    oai
      .chatCompletions()
      .map((r) => (r.body as { model: string }).model)
      .sort(),
  ).toEqual(['gpt-4o', 'gpt-4o-mini']);
  for (const body of sp) expect(body.messages).toEqual([{ role: 'user', content: 'Say hello' }]);

  // Reorder: the failed column moves left and keeps its answer.
  await page.getByRole('button', { name: 'Move column 3 left' }).click();
  await expect(column(2).getByRole('alert')).toBeVisible();
  await expect(column(3).getByLabel('Answer of column 3')).toHaveText('Mini says hello.');

  // Adopt column 3's answer (Mini): it joins the conversation, and compare mode ends.
  await column(3).getByRole('button', { name: 'Use this answer' }).click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(column(1)).toBeHidden();
  const answer = assistantMessages(page);
  await expect(answer).toHaveCount(1);
  await expect(answer).toContainText('Mini says hello.');
  await expect(answer.getByLabel('Run statistics')).toContainText(/\d+ in · \d+ out/);
  await expect(answer).toContainText('gpt-4o-mini');
});

test('an unsynced column runs its own prompt, syncs back with Undo, and answers render as markdown', async ({
  page,
  api,
  oai,
}) => {
  const column = await compareOnTwoConnections(page, api, oai);

  // Column 2 gets its own copy of the system message and conversation, edited in the column.
  const own2 = page.getByRole('button', { name: 'Own prompt for column 2' });
  await expect(own2).toHaveAttribute('aria-pressed', 'false');
  await expect(column(2)).toContainText('Synced with the playground.');
  await own2.click();
  await expect(own2).toHaveAttribute('aria-pressed', 'true');
  const system2 = column(2).getByRole('textbox', { name: 'System message of column 2' });
  await expect(system2).toHaveValue('Shared system');
  await system2.fill('Column two system');
  await column(2)
    .getByRole('textbox', { name: 'Text of message 1 of column 2 (user)' })
    .fill('Own question');
  await expect(page.getByRole('button', { name: 'Own prompt for column 1' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  await api.script({
    kind: 'text',
    text: '| Name | Score |\n| --- | --- |\n| Ada | 3 |\n\n```js\nconst x = 1;\n```\n',
  });
  await oai.script({ kind: 'text', model: 'gpt-4o-mini', text: 'Own **answer**.' });
  await composer(page).fill('Follow-up');
  await composer(page).press('Control+Enter');

  // The column's answer renders as markdown: a table and a code block.
  const answer1 = column(1).getByLabel('Answer of column 1');
  await expect(answer1.getByRole('table').getByRole('cell')).toHaveText(['Ada', '3']);
  await expect(answer1.locator('[data-md-code] pre')).toHaveText('const x = 1;');
  await expect(column(2).getByLabel('Answer of column 2')).toHaveText('Own answer.');
  await expect(column(2).getByLabel('Answer of column 2').locator('strong')).toHaveText('answer');

  // Column 1 sent the shared prompt, column 2 its own; the composer's message went to both.
  expect((api.lastBody() as { messages: unknown }).messages).toEqual([
    { role: 'system', content: 'Shared system' },
    { role: 'user', content: 'Shared question' },
    { role: 'user', content: 'Follow-up' },
  ]);
  expect((oai.lastBody() as { messages: unknown }).messages).toEqual([
    { role: 'system', content: 'Column two system' },
    { role: 'user', content: 'Own question' },
    { role: 'user', content: 'Follow-up' },
  ]);
  await expect(
    column(2).getByRole('textbox', { name: 'Text of message 2 of column 2 (user)' }),
  ).toHaveValue('Follow-up');

  // Raw shows column 1's markdown source, and only column 1's.
  await column(1).getByRole('button', { name: 'Raw', exact: true }).click();
  await expect(answer1.getByRole('table')).toHaveCount(0);
  await expect(answer1).toContainText('| Name | Score |');
  await expect(column(2).getByLabel('Answer of column 2').locator('strong')).toHaveCount(1);

  // The own prompt survives a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(own2).toHaveAttribute('aria-pressed', 'true');
  await expect(system2).toHaveValue('Column two system');

  // Syncing back sets the copy aside with Undo; Undo brings it back, edits included.
  await own2.click();
  await expect(own2).toHaveAttribute('aria-pressed', 'false');
  await expect(system2).toBeHidden();
  await column(2).getByRole('button', { name: 'Undo: give column 2 its own prompt back' }).click();
  await expect(own2).toHaveAttribute('aria-pressed', 'true');
  await expect(system2).toHaveValue('Column two system');

  // Synced again, column 2 sends the shared prompt.
  await own2.click();
  await oai.script({ kind: 'text', model: 'gpt-4o-mini', text: 'Shared answer.' });
  await api.script({ kind: 'text', text: 'Also shared.' });
  await composer(page).fill('Third');
  await composer(page).press('Control+Enter');
  await expect(column(2).getByLabel('Answer of column 2')).toHaveText('Shared answer.');
  expect((oai.lastBody() as { messages: unknown }).messages).toEqual([
    { role: 'system', content: 'Shared system' },
    { role: 'user', content: 'Shared question' },
    { role: 'user', content: 'Follow-up' },
    { role: 'user', content: 'Third' },
  ]);
  await expect(column(2).getByRole('button', { name: /^Undo/ })).toHaveCount(0);
});

test("using an unsynced column's answer brings its own prompt along, with Undo", async ({
  page,
  api,
  oai,
}) => {
  const column = await compareOnTwoConnections(page, api, oai);
  await page.getByRole('button', { name: 'Own prompt for column 2' }).click();
  await column(2)
    .getByRole('textbox', { name: 'System message of column 2' })
    .fill('Column two system');
  await column(2)
    .getByRole('textbox', { name: 'Text of message 1 of column 2 (user)' })
    .fill('Own question');
  await api.script({ kind: 'text', text: 'Shared answer.' });
  await oai.script({ kind: 'text', model: 'gpt-4o-mini', text: 'Own answer.' });
  await composer(page).fill('Follow-up');
  await composer(page).press('Control+Enter');
  await expect(column(2).getByLabel('Answer of column 2')).toHaveText('Own answer.');

  // The answer was to column 2's prompt: that prompt comes with it.
  const use2 = column(2).getByRole('button', { name: 'Use this answer' });
  await expect(use2).toHaveAccessibleDescription(/own prompt, which replaces the playground/);
  await use2.click();
  await expect(column(1)).toBeHidden();
  const system = page.getByRole('textbox', { name: 'System message' });
  await expect(system).toHaveValue('Column two system');
  const conversation = page.getByRole('list', { name: 'Conversation' });
  await expect(conversation.getByRole('listitem')).toHaveCount(3);
  await expect(conversation).toContainText('Own question');
  await expect(conversation).not.toContainText('Shared question');
  await expect(assistantMessages(page)).toContainText('Own answer.');

  // Undo gives back the playground's own system message and conversation.
  await page
    .getByRole('status')
    .filter({ hasText: 'replaced by column 2' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(system).toHaveValue('Shared system');
  await expect(conversation.getByRole('listitem')).toHaveCount(2);
  await expect(conversation).toContainText('Shared question');
  await expect(conversation).toContainText('Follow-up');
  await expect(assistantMessages(page)).toHaveCount(0);
});
