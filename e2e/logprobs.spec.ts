// Log probabilities: the parameters, the request, and the token heat map with
// its popover of alternatives — on the real in-browser engine (llama.cpp
// reporting real probabilities for stories260K) and on the OpenAI fixture.

import type { Locator, Page } from '@playwright/test';
import { test, expect, assistantMessages, send, waitIdle, openOpenAiWithModel } from './support';

async function turnOnLogprobs(page: Page, top: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Log probabilities', exact: true }).click();
  await page.getByRole('option', { name: 'true', exact: true }).click();
  await page.getByRole('spinbutton', { name: 'Top logprobs', exact: true }).fill(top);
}

/** "92.3%", "<0.1%", ">99.9%", "100%" → the number, checked to be a percentage. */
function percentOf(label: string | null): number {
  const match = /([<>]?)(\d+(?:\.\d+)?)%$/.exec(label ?? '');
  expect(match, `a probability in ${JSON.stringify(label)}`).not.toBeNull();
  const value = Number(match?.[2]);
  expect(value).toBeGreaterThanOrEqual(0);
  expect(value).toBeLessThanOrEqual(100);
  return value;
}

function heatMapTokens(scope: Locator): Locator {
  return scope.getByRole('group', { name: 'Token probabilities' }).getByRole('button');
}

function popover(page: Page): Locator {
  return page.getByRole('dialog', { name: /^Alternatives for / });
}

test('the in-browser engine’s real logprobs as a heat map with alternatives', async ({ page }) => {
  // Loading llama.cpp and the model, then generating, takes its time on a busy machine.
  test.slow();
  await page.goto('./');
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(
    'stories260K',
  );
  await turnOnLogprobs(page, '3');
  await page.getByRole('spinbutton', { name: 'Max tokens', exact: true }).fill('20');
  await send(page, 'Once upon a time');
  // The first run also loads the model into the worker.
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible({
    timeout: 20_000,
  });

  const answer = assistantMessages(page).last();
  const plain = (await answer.locator('.message-text').innerText()).trim();
  expect(plain).not.toBe('');
  const toggle = answer.getByRole('button', { name: 'Show probabilities' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(answer.getByRole('button', { name: 'Hide probabilities' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // One coloured, labelled span per generated token; together they spell the answer.
  const tokens = heatMapTokens(answer);
  await expect(tokens.first()).toBeVisible();
  const count = await tokens.count();
  expect(count).toBeGreaterThan(3);
  expect(count).toBeLessThanOrEqual(20);
  const labels = await tokens.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  const percents = labels.map(percentOf);
  // A real model is not certain of everything it says.
  expect(percents.some((p) => p < 99.95)).toBe(true);
  const spelled = await tokens.evaluateAll((els) => els.map((el) => el.textContent).join(''));
  expect(spelled.replace(/\s+/g, ' ').trim()).toBe(plain.replace(/\s+/g, ' '));
  const colours = await tokens.evaluateAll((els) =>
    els.map((el) => getComputedStyle(el).backgroundColor),
  );
  expect(colours.every((c) => c !== 'rgba(0, 0, 0, 0)')).toBe(true);

  // Clicking a token opens its alternatives: the top 3 asked for, each with a probability.
  await tokens.nth(1).click();
  const alternatives = popover(page).getByRole('list', { name: 'Top alternatives' });
  await expect(alternatives.getByRole('listitem')).toHaveCount(3);
  for (const item of await alternatives.getByRole('listitem').all()) {
    percentOf((await item.innerText()).replace(/\s*\(chosen\)$/, ''));
  }
  const chosen = (await tokens.nth(1).textContent()) ?? '';
  await expect(popover(page)).toHaveAccessibleName(`Alternatives for ${JSON.stringify(chosen)}`);

  // The keyboard walks the tokens and the popover follows; Escape closes it.
  await page.keyboard.press('ArrowRight');
  await expect(tokens.nth(2)).toBeFocused();
  const next = (await tokens.nth(2).textContent()) ?? '';
  await expect(popover(page)).toHaveAccessibleName(`Alternatives for ${JSON.stringify(next)}`);
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();
  await expect(tokens.nth(2)).toBeFocused();

  await answer.getByRole('button', { name: 'Hide probabilities' }).click();
  await expect(answer.getByRole('group', { name: 'Token probabilities' })).toBeHidden();
  await expect(answer.locator('.message-text')).toHaveText(plain);
});

test('in-browser Complete mode: the continuation as a heat map after the prompt', async ({
  page,
}) => {
  test.slow();
  await page.goto('./');
  await page.getByRole('tab', { name: 'Complete' }).click();
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('Once upon a time');
  await turnOnLogprobs(page, '2');
  await page.getByRole('spinbutton', { name: 'Max tokens', exact: true }).fill('8');
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  const completion = page.getByRole('region', { name: 'Completion' });
  await completion.getByRole('button', { name: 'Show probabilities' }).click({ timeout: 20_000 });
  const map = completion.getByRole('group', { name: 'Token probabilities' });
  await expect(map).toContainText('Once upon a time');
  await expect(heatMapTokens(completion)).toHaveCount(8);
  await heatMapTokens(completion).first().click();
  await expect(
    popover(page).getByRole('list', { name: 'Top alternatives' }).getByRole('listitem'),
  ).toHaveCount(2);
});

test('OpenAI-compatible chat: logprobs in the request, the fixture’s alternatives in the popover', async ({
  page,
  oai,
}) => {
  await oai.script({
    kind: 'text',
    text: 'Hello there friend',
    chunkSize: 6,
    logprobs: [' banana', ' cherry', ' durian'],
  });
  await openOpenAiWithModel(page, oai, 'gpt-4o');

  // Top logprobs alone is refused, next to the field and at Send.
  await page.getByRole('spinbutton', { name: 'Top logprobs', exact: true }).fill('2');
  await expect(page.getByText('Top logprobs needs Log probabilities set to true.')).toBeVisible();
  await send(page, 'hi');
  await expect(page.getByRole('alert', { name: 'Why nothing was sent' })).toContainText(
    'Top logprobs',
  );
  expect(oai.chatCompletions()).toHaveLength(0);

  await turnOnLogprobs(page, '2');
  await expect(page.getByText('Top logprobs needs Log probabilities set to true.')).toBeHidden();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await waitIdle(page);
  expect(oai.lastBody()).toMatchObject({ logprobs: true, top_logprobs: 2 });

  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('Hello there friend');
  await answer.getByRole('button', { name: 'Show probabilities' }).click();
  const tokens = heatMapTokens(answer);
  // The fixture's probabilities cycle 95%, 50%, 10%.
  await expect(tokens).toHaveText(['Hello ', 'there ', 'friend']);
  const labels = await tokens.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  expect(labels).toEqual(['"Hello " 95.0%', '"there " 50.0%', '"friend" 10.0%']);

  await tokens.nth(1).click();
  const items = popover(page).getByRole('list', { name: 'Top alternatives' }).getByRole('listitem');
  await expect(items).toHaveText([/^"there "\s*50\.0%\s*\(chosen\)$/, /^" banana"\s*25\.0%$/]);

  // Focus moves the popover: "friend" was less likely than both alternatives shown.
  await tokens.nth(2).focus();
  await expect(popover(page)).toHaveAccessibleName('Alternatives for "friend"');
  await expect(items).toHaveText([/^" banana"\s*45\.0%$/, /^" cherry"\s*22\.5%$/]);
  await expect(popover(page)).toContainText('The chosen token was not among the top alternatives.');

  // The probabilities are saved with the conversation.
  await page.reload();
  const restored = assistantMessages(page).last();
  await restored.getByRole('button', { name: 'Show probabilities' }).click();
  await expect(heatMapTokens(restored)).toHaveText(['Hello ', 'there ', 'friend']);
});

test('Complete mode: legacy /completions logprobs as a heat map after the prompt', async ({
  page,
  oai,
}) => {
  await oai.script({ kind: 'text', text: ' into the night.', chunkSize: 5, logprobs: true });
  await openOpenAiWithModel(page, oai, 'gpt-3.5-turbo-instruct');
  await page.getByRole('tab', { name: 'Complete' }).click();
  await page.getByRole('textbox', { name: 'Prompt' }).fill('The knight rode on');
  // On /completions, Log probabilities is the 0–5 count of alternatives.
  await page.getByRole('spinbutton', { name: 'Log probabilities', exact: true }).fill('1');
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  const completion = page.getByRole('region', { name: 'Completion' });
  await expect(completion.locator('mark')).toHaveText(' into the night.');
  expect(oai.textCompletions()[0]?.body).toMatchObject({ logprobs: 1 });
  await completion.getByRole('button', { name: 'Show probabilities' }).click();
  await expect(completion.getByRole('group', { name: 'Token probabilities' })).toContainText(
    'The knight rode on',
  );
  await expect(heatMapTokens(completion)).toHaveText([' into', ' the ', 'night', '.']);
  await heatMapTokens(completion).first().click();
  await expect(
    popover(page).getByRole('list', { name: 'Top alternatives' }).getByRole('listitem'),
  ).toHaveText([/^" into"\s*95\.0%\s*\(chosen\)$/]);
});
