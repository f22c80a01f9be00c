// The in-browser engine for real: llama.cpp (wllama) in a Web Worker running
// ../shared/models/stories260K.gguf, which playwright.config.ts serves at
// `models/` next to the app, as `npm start` serves the project's models/ folder.

import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SUBPATH_PORT } from '../playwright.config';
import { test, expect, assistantMessages, composer, send, waitIdle } from './support';
import { parseGgufHeader } from '../src/core/inbrowser/ggufHeader';
import { isTokenizerKey, tokenizerFromGguf } from '../src/core/inbrowser/ggufTokenizer';
import { bpePreset, preTokenize } from '../src/core/inbrowser/ggufBpe';
import { bpeGguf } from './bpeGguf';

const MODEL_FILE = '../shared/models/stories260K.gguf';
const HUB_URL = 'https://huggingface.co/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf';
const WLLAMA_CDN = 'https://cdn.jsdelivr.net/npm/@wllama/wllama@3.8.1/';
/**
 * Loading a model into the engine is real work (wasm, threads, the weights):
 * two tests doing it at once on a busy 2-core machine can take well over the
 * default 7 s, so waits for a loaded model get more time.
 */
const MODEL_LOAD = { timeout: 30_000 };
test.describe.configure({ timeout: 60_000 });

function panel(page: Page) {
  return page.getByRole('region', { name: 'In-browser engine' });
}

/** The text of the last answer, without its header or run statistics. */
function lastAnswer(page: Page) {
  return assistantMessages(page).last().locator('.message-text');
}

async function setParam(page: Page, label: string, value: string): Promise<void> {
  await page.getByRole('spinbutton', { name: label, exact: true }).fill(value);
}

async function answerTo(page: Page, text: string): Promise<string> {
  await send(page, text);
  await waitIdle(page, MODEL_LOAD); // a first Send loads the model too
  return (await lastAnswer(page).innerText()).trim();
}

test.beforeEach(async ({ page }) => {
  // A new browser context per test: no model in memory, nothing cached, in-browser by default.
  await page.goto('./');
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(
    'stories260K',
  );
});

test('streams a story from the real engine and shows the GGUF’s own facts', async ({ page }) => {
  await setParam(page, 'Max tokens', '120');
  // Record every length the answer shows, in the page itself: polling from the
  // test can miss most steps of a fast stream on a busy machine.
  await page.evaluate(() => {
    const seen = new Set<number>();
    (window as unknown as { __answerLengths: Set<number> }).__answerLengths = seen;
    new MutationObserver(() => {
      const answers = document.querySelectorAll('article[aria-label="assistant message"]');
      const text = answers[answers.length - 1]?.querySelector('.message-text')?.textContent ?? '';
      if (text.trim() !== '') seen.add(text.length);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await send(page, 'Once upon a time');

  // Streaming: the answer grows in several steps before the run ends (the
  // first Send loads the model too).
  await waitIdle(page, MODEL_LOAD);
  const lengths = await page.evaluate(
    () => (window as unknown as { __answerLengths: Set<number> }).__answerLengths.size,
  );
  expect(lengths).toBeGreaterThan(2);
  await expect(lastAnswer(page)).toContainText(/\w+ \w+/);

  const footer = assistantMessages(page).last();
  await expect(footer).toContainText('Cut off at Max tokens (length)');
  await expect(footer.getByLabel('Run statistics')).toContainText('120 out');

  const engine = panel(page);
  await expect(engine.getByRole('status')).toHaveText('Ready: stories260K', MODEL_LOAD);
  const facts = engine.getByRole('definition');
  await expect(engine.getByRole('term')).toHaveText([
    'Name',
    'Architecture',
    'Parameters',
    'Context length',
    'Quantisation',
    'Chat template',
  ]);
  await expect(facts.nth(1)).toHaveText('llama');
  await expect(facts.nth(2)).toContainText('(estimated');
  await expect(facts.nth(3)).toHaveText('2,048 tokens trained, 2,048 allocated');
  await expect(facts.nth(5)).toContainText('none');
  await expect(engine).toContainText('Single-threaded.');
  await expect(engine).toContainText('no chat template');
});

test('the same seed at temperature 1 gives the same story twice', async ({ page }) => {
  await setParam(page, 'Temperature', '1');
  await setParam(page, 'Max tokens', '40');
  await setParam(page, 'Seed', '42');
  const first = await answerTo(page, 'Once upon a time');
  await page.getByRole('button', { name: 'Clear conversation' }).click();
  const second = await answerTo(page, 'Once upon a time');
  expect(first.length).toBeGreaterThan(20);
  expect(second).toBe(first);

  // Another seed samples another story, so the seed really is what made them equal.
  await page.getByRole('button', { name: 'Clear conversation' }).click();
  await setParam(page, 'Seed', '7');
  expect(await answerTo(page, 'Once upon a time')).not.toBe(first);
});

test('a stop sequence ends the text before it, with finish reason stop', async ({ page }) => {
  await setParam(page, 'Temperature', '0');
  await setParam(page, 'Max tokens', '100');
  // Greedy decoding of this model continues "Once upon a time, there was a little girl named Lily."
  await page.getByRole('textbox', { name: 'Stop sequences' }).fill('Lily');
  const text = await answerTo(page, 'Once upon a time');
  expect(text).toContain('little girl');
  expect(text).not.toContain('Lily');
  await expect(assistantMessages(page).last()).toContainText('Finished (stop)');
});

test('Max tokens cuts the answer off with finish reason length', async ({ page }) => {
  await setParam(page, 'Max tokens', '5');
  await answerTo(page, 'Once upon a time');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('Cut off at Max tokens (length)');
  await expect(answer.getByLabel('Run statistics')).toContainText('5 out');
});

test('Complete mode continues “Once upon a time”', async ({ page }) => {
  await page.getByRole('tab', { name: 'Complete' }).click();
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill('Once upon a time');
  await setParam(page, 'Temperature', '0');
  await setParam(page, 'Max tokens', '12');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const completion = page.getByRole('region', { name: 'Completion' });
  await expect(completion).toContainText('Once upon a time, there was a little girl');
  await expect(completion).toContainText('Cut off at Max tokens (length)');
});

test('Stop ends generation where it is and leaves the model loaded', async ({ page }) => {
  // Eight long stories, one after another: far longer than the test waits.
  await setParam(page, 'Choices', '8');
  await setParam(page, 'Max tokens', '400');
  await send(page, 'Once upon a time');
  await expect(lastAnswer(page)).toContainText(/\w+ \w+ \w+/);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  // Idle again well before the eight stories could have finished (over ten seconds here).
  await waitIdle(page);
  await expect(assistantMessages(page).last()).toContainText('Stopped');
  await expect(panel(page).getByRole('status')).toHaveText('Ready: stories260K', MODEL_LOAD);

  // Still loaded: the next run streams without loading again.
  await setParam(page, 'Choices', '1');
  await setParam(page, 'Max tokens', '10');
  await answerTo(page, 'Once upon a time');
  await expect(assistantMessages(page).last()).toContainText('10 out');
});

test('shows the model download in bytes and percent', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // About three seconds for the 1.2 MB model.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: 400 * 1024,
    uploadThroughput: -1,
  });
  await panel(page).getByRole('button', { name: 'Load model', exact: true }).click();
  const bar = panel(page).getByRole('progressbar', { name: 'Model download' });
  await expect
    .poll(async () => {
      const text = (await bar.getAttribute('aria-valuetext')) ?? '';
      const percent = /of 1\.2 MB \((\d+)%\)$/.exec(text)?.[1];
      return percent !== undefined && Number(percent) > 0 && Number(percent) < 100;
    })
    .toBe(true);
  // Full speed again for the engine's own 8 MB wasm, fetched after the model.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await expect(panel(page).getByRole('status')).toHaveText('Ready: stories260K', MODEL_LOAD);
  await expect(bar).toHaveCount(0);
});

test('loads a GGUF chosen with “Open GGUF file…”, then unloads it', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await panel(page).getByRole('button', { name: 'Open GGUF file…' }).click();
  await (await chooser).setFiles(MODEL_FILE);
  await expect(panel(page).getByRole('status')).toHaveText(
    'Ready: file:stories260K.gguf',
    MODEL_LOAD,
  );
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(
    'file:stories260K.gguf',
  );
  await setParam(page, 'Max tokens', '8');
  expect(await answerTo(page, 'Once upon a time')).not.toBe('');
  await expect(assistantMessages(page).last()).toContainText('8 out');

  await panel(page).getByRole('button', { name: 'Unload model' }).click();
  await expect(panel(page).getByRole('status')).toContainText('No model in memory');
  await expect(panel(page).getByRole('term')).toHaveCount(0);
});

test('a corrupt .gguf shows what went wrong and the app keeps working', async ({
  page,
}, testInfo) => {
  const garbage = testInfo.outputPath('garbage.gguf');
  writeFileSync(garbage, randomBytes(64 * 1024));
  // A GGUF signature followed by noise: llama.cpp itself has to refuse it.
  const noise = testInfo.outputPath('noise.gguf');
  writeFileSync(
    noise,
    Buffer.concat([Buffer.from('GGUF\x03\x00\x00\x00'), randomBytes(64 * 1024)]),
  );

  const open = async (file: string) => {
    const chooser = page.waitForEvent('filechooser');
    await panel(page).getByRole('button', { name: 'Open GGUF file…' }).click();
    await (await chooser).setFiles(file);
  };
  await open(garbage);
  const alert = panel(page).getByRole('alert');
  await expect(alert).toContainText('Not a GGUF model');
  await expect(alert).toContainText('garbage.gguf');

  await open(noise);
  await expect(alert).toContainText('The model could not be loaded');
  await expect(alert).toContainText('llama.cpp rejected noise.gguf');

  // Sending to the broken model explains itself in the conversation too.
  await send(page, 'Once upon a time');
  await expect(assistantMessages(page).last().getByRole('alert')).toContainText(
    'could not be loaded',
  );

  // The app still works: back to the real model.
  await page.getByRole('combobox', { name: 'Model', exact: true }).click();
  await page.getByRole('option', { name: /^stories260K/ }).click();
  await setParam(page, 'Max tokens', '8');
  expect(await answerTo(page, 'Once upon a time')).not.toBe('');
  await expect(panel(page).getByRole('status')).toHaveText('Ready: stories260K', MODEL_LOAD);
  await expect(panel(page).getByRole('alert')).toHaveCount(0);
});

test('runs from a sub-path of a static host, wasm and model included', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    // config.json is optional: a host without one answers 404, which the app expects.
    if (r.status() >= 400 && !r.url().endsWith('/config.json')) failed.push(r.url());
  });
  await page.goto(`http://127.0.0.1:${SUBPATH_PORT}/some/path/`);
  await setParam(page, 'Max tokens', '8');
  expect(await answerTo(page, 'Once upon a time')).not.toBe('');
  await expect(panel(page).getByRole('status')).toHaveText('Ready: stories260K', MODEL_LOAD);
  expect(failed).toEqual([]);
});

test('dropping a .gguf on the panel loads it', async ({ page }) => {
  const base64 = readFileSync(MODEL_FILE).toString('base64');
  const dataTransfer = await page.evaluateHandle((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'dropped.gguf'));
    return transfer;
  }, base64);
  await panel(page).dispatchEvent('dragover', { dataTransfer });
  await panel(page).dispatchEvent('drop', { dataTransfer });
  await expect(panel(page).getByRole('status')).toHaveText('Ready: file:dropped.gguf', MODEL_LOAD);
});

test('a model loaded from a URL is cached: it loads offline until removed from the cache', async ({
  page,
  baseURL,
}) => {
  const url = new URL('models/stories260K.gguf', baseURL).href;
  const engine = panel(page);
  await engine.getByRole('textbox', { name: 'Model URL' }).fill(url);
  await engine.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(engine.getByRole('status')).toHaveText(`Ready: ${url}`, MODEL_LOAD);
  await expect(engine.getByRole('button', { name: 'Remove from cache' })).toBeEnabled();

  // Offline for that URL from now on; the selection survives the reload.
  await page.route(url, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(url);
  await expect(engine).toContainText('loads from the browser’s cache');
  await engine.getByRole('button', { name: 'Load model', exact: true }).click();
  await expect(engine.getByRole('status')).toHaveText(`Ready: ${url}`, MODEL_LOAD);
  await setParam(page, 'Max tokens', '8');
  expect(await answerTo(page, 'Once upon a time')).not.toBe('');

  await engine.getByRole('button', { name: 'Remove from cache' }).click();
  await expect(engine.getByRole('status')).toContainText('No model in memory');
  await expect(engine.getByRole('button', { name: 'Remove from cache' })).toBeDisabled();
  await engine.getByRole('button', { name: 'Load model', exact: true }).click();
  await expect(engine.getByRole('alert')).toContainText('Could not download the model');
});

test('View code gives a wllama program that writes what the playground wrote', async ({
  page,
  baseURL,
}) => {
  await setParam(page, 'Temperature', '0');
  await setParam(page, 'Max tokens', '16');
  const answer = await answerTo(page, 'Once upon a time');
  expect(answer).toContain('there was');
  // Back to the conversation that produced it: the user message alone.
  await assistantMessages(page).last().getByRole('button', { name: 'Delete message' }).click();

  await page.getByRole('button', { name: 'View code' }).click();
  const dialog = page.getByRole('dialog', { name: 'View code' });
  await expect(dialog.getByRole('tab')).toHaveText(['JavaScript']);
  const block = dialog.getByRole('region', { name: 'JavaScript code' });
  await expect(block).toContainText(`${WLLAMA_CDN}esm/index.js`);
  await expect(block).toContainText(HUB_URL);
  await expect(block).toContainText('temperature: 0');
  // stories260K has no chat template: the conversation goes as plain text.
  await expect(block).toContainText('createCompletion');
  const code = (await block.locator('code').textContent()) ?? '';

  // Run it in a plain page, with the CDN and the Hub answered from local files.
  const context = page.context();
  await context.route(`${WLLAMA_CDN}**`, (route) =>
    route.fulfill({
      path: `node_modules/@wllama/wllama/${route.request().url().slice(WLLAMA_CDN.length)}`,
      headers: { 'access-control-allow-origin': '*' },
    }),
  );
  await context.route(HUB_URL, (route) =>
    route.fulfill({ path: MODEL_FILE, headers: { 'access-control-allow-origin': '*' } }),
  );
  const runner = await context.newPage();
  await runner.goto(new URL('models/index.json', baseURL).href);
  await runner.addScriptTag({ type: 'module', content: code });
  await expect(runner.locator('body > pre').last()).toHaveText(answer, { timeout: 20_000 });
});

test('the estimate counts with the model’s own tokenizer, as many tokens as the engine reads', async ({
  page,
}) => {
  // Accents and emoji take byte tokens, runs of spaces and newlines their own, "<s>" is BOS;
  // without a chat template the system message and the message are joined by a blank line.
  const system = '  Tell a story.';
  const message = 'Café crème 🙂  and  <s>two spaces\nnew line';
  const made = tokenizerFromGguf(parseGgufHeader(readFileSync(MODEL_FILE), isTokenizerKey).meta);
  if (!('tokenizer' in made)) throw new Error('stories260K has a SentencePiece vocabulary');
  const expected = made.tokenizer.tokenize(`${system}\n\n${message}`, {
    addSpecial: true,
    parseSpecial: true,
  }).length;

  await setParam(page, 'Max tokens', '5');
  await panel(page).getByRole('button', { name: 'Load model', exact: true }).click();
  await page.getByRole('textbox', { name: 'System message' }).fill(system);
  await composer(page).fill(message);
  await expectExactEstimateThenUsage(page, expected);
});

test('a byte-level BPE model’s estimate is exact too: as many tokens as the engine reads', async ({
  page,
}) => {
  // stories260K's weights under a BPE vocabulary with Qwen2's pre-tokenizer, made here.
  // Its merges are learnt from this very text split every supported way, so
  // splitting differently from llama.cpp would change the count.
  const system = 'Tell a story.';
  const message = "Café 🙂 don't  stop: 1234567\n\n<|user|> DON'T\tend  ";
  const prompt = `${system}\n\n${message}`;
  const corpus = [
    prompt,
    ...['qwen2', 'llama-bpe', 'gpt-2', 'smollm', 'default'].flatMap((pre) =>
      preTokenize(prompt, bpePreset(pre)?.passes ?? []),
    ),
  ];
  const model = bpeGguf(readFileSync(MODEL_FILE), { pre: 'qwen2', corpus });
  const meta = parseGgufHeader(model, isTokenizerKey).meta;
  const countAs = (pre: string) => {
    meta.set('tokenizer.ggml.pre', pre);
    const made = tokenizerFromGguf(meta);
    if (!('tokenizer' in made)) throw new Error(`no tokenizer: ${made.unsupported}`);
    return made.tokenizer.tokenize(prompt, { addSpecial: true, parseSpecial: true }).length;
  };
  // Llama 3's or GPT-2's split of the same text would count otherwise.
  const expected = countAs('qwen2');
  expect([countAs('llama-bpe'), countAs('gpt-2')]).not.toContain(expected);

  const chooser = page.waitForEvent('filechooser');
  await panel(page).getByRole('button', { name: 'Open GGUF file…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'bpe.gguf', mimeType: 'application/octet-stream', buffer: model });
  await expect(panel(page).getByRole('status')).toHaveText('Ready: file:bpe.gguf', MODEL_LOAD);
  await setParam(page, 'Max tokens', '1');
  await page.getByRole('textbox', { name: 'System message' }).fill(system);
  await composer(page).fill(message);
  await expectExactEstimateThenUsage(page, expected);
});

/**
 * The estimate reads `expected` tokens, counted by the engine's own tokenizer
 * (no "≈"), and the run it then sends reports that many prompt tokens.
 */
async function expectExactEstimateThenUsage(page: Page, expected: number): Promise<void> {
  const estimate = page.getByRole('group', { name: 'Estimate before sending' });
  // Approximate until the model (and so its vocabulary) is loaded.
  await expect(
    estimate.getByText(`${expected} input tokens (engine tokenizer)`, { exact: true }),
  ).toBeVisible(MODEL_LOAD);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await waitIdle(page);
  await expect(assistantMessages(page).last().getByLabel('Run statistics')).toContainText(
    `${expected} in ·`,
  );
}

test('two Compare columns on the in-browser engine take turns, and both answer', async ({
  page,
}) => {
  await setParam(page, 'Max tokens', '48');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const column = (n: number) => page.getByRole('region', { name: `Column ${n}`, exact: true });
  await expect(page.getByRole('combobox', { name: 'Model for column 2' })).toContainText(
    'stories260K',
  );
  await composer(page).fill('Once upon a time');
  await composer(page).press('Control+Enter');
  // The engine generates one answer at a time: column 2 waits while column 1
  // loads the model and answers.
  await expect(
    column(2).getByRole('status').filter({ hasText: 'Waiting for the in-browser engine' }),
  ).toBeVisible();
  for (const n of [1, 2]) {
    await expect(column(n).getByText('Done', { exact: true })).toBeVisible(MODEL_LOAD);
    await expect(column(n).getByLabel(`Answer of column ${n}`)).toContainText(/\w+ \w+/);
    await expect(column(n).getByLabel(`Run statistics of column ${n}`)).toContainText('48 out');
  }
});
