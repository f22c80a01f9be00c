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
async function openWithTwoConnections(page: Page, api: Api, oai: OpenAiApi): Promise<void> {
  await page.addInitScript(
    ([spUrl, oaUrl, key]) => {
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
          },
          version: 2,
        }),
      );
    },
    [api.url, oai.baseUrl, KEY] as const,
  );
  await page.goto('./');
}

async function choose(page: Page, combobox: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: combobox, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('combobox', { name: combobox, exact: true })).toContainText(option);
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
