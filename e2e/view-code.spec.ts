import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  test,
  expect,
  openConnected,
  pickModel,
  composer,
  assistantMessages,
  waitIdle,
  KEY,
} from './support';

const run = promisify(execFile);

const SYSTEM = 'Say "hi" & don\'t expand $HOME or `whoami` — ünïcödé ✓ </script>';

test('View code shows exactly what Send posts, and each snippet sends that body', async ({
  page,
  api,
}) => {
  await openConnected(page, api, { system: SYSTEM });
  await pickModel(page, 'gpt-4o');
  await page.getByRole('spinbutton', { name: 'Temperature' }).fill('0.5');
  await page.getByRole('textbox', { name: 'Stop sequences' }).fill("'''\n\\n");
  for (const text of ["It's 'quoted'\nand \\back\\slashed", 'ok ${x} `y`', 'Final question?']) {
    await composer(page).fill(text);
    await page.getByRole('button', { name: 'Add message' }).click();
  }

  await page.getByRole('button', { name: 'View code' }).click();
  const dialog = page.getByRole('dialog', { name: 'View code' });
  const snippets: Record<string, string> = {};
  for (const [tab, file] of [
    ['cURL', 'request.sh'],
    ['Python', 'request.py'],
    ['JavaScript', 'request.mjs'],
  ] as const) {
    await dialog.getByRole('tab', { name: tab }).click();
    const region = dialog.getByRole('region', { name: `${tab} code` });
    await expect(region).toHaveAttribute('data-highlighted', 'true');
    snippets[file] = await region.innerText();
    expect(snippets[file]).not.toContain(KEY);
    expect(snippets[file]).toContain('SIPPULSE_API_KEY');
  }
  // The last tab is remembered.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'View code' }).click();
  await expect(page.getByRole('tab', { name: 'JavaScript' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Copied|clipboard/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toBe('request.mjs');
  // The OpenAI SDK variant points at SipPulse's OpenAI-compatible endpoint.
  await page.getByRole('combobox', { name: 'Variant' }).click();
  await page.getByRole('option', { name: 'OpenAI SDK' }).click();
  const sdk = page.getByRole('region', { name: 'JavaScript code' });
  await expect(sdk).toContainText('import OpenAI from');
  await expect(sdk).toContainText(`${api.url}/v1/openai`);
  await expect(sdk).toContainText('process.env.SIPPULSE_API_KEY');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(assistantMessages(page).last()).toContainText('You said: Final question?');
  await waitIdle(page);
  const sent = api.lastBody();
  expect(sent).toMatchObject({ temperature: 0.5, stop: ["'''", '\n'], stream: true });

  const dir = await mkdtemp(join(tmpdir(), 'view-code-'));
  const runners: Record<string, string> = {
    'request.sh': 'bash',
    'request.py': 'python3',
    'request.mjs': 'node',
  };
  for (const [file, code] of Object.entries(snippets)) {
    const path = join(dir, file);
    await writeFile(path, code);
    const before = api.completions().length;
    const { stdout } = await run(runners[file]!, [path], {
      env: { ...process.env, SIPPULSE_API_KEY: KEY },
      timeout: 20_000,
    });
    expect(api.completions()).toHaveLength(before + 1);
    expect(api.lastBody(), `${file} sends the body the playground sent`).toEqual(sent);
    expect(api.completions().at(-1)?.headers['api-key']).toBe(KEY);
    // cURL prints the raw event stream; the programs print the answer text.
    if (file === 'request.sh') expect(stdout).toContain('data: [DONE]');
    else expect(stdout).toContain('You said: Final question?');
  }
});
