// README screenshots of the main screen, light and dark, from the end-to-end
// setup: the built app (dist/, or SCREENSHOTS_DIST) on the fixture static
// server, talking to the SipPulse fixture API, so they show what the tests
// check and stay current with one command: `npm run screenshots`.
//
//   SCREENSHOTS_DIST=dist-x SCREENSHOTS_OUT=/tmp/shots node scripts/screenshots.mjs

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/chromium.mjs';
import { startSipPulseServer, VALID_API_KEY } from '../e2e/fixtures/sippulse-server.mjs';
import { startStaticServer } from '../e2e/fixtures/static-server.mjs';

const DIST = process.env.SCREENSHOTS_DIST ?? 'dist';
const OUT = process.env.SCREENSHOTS_OUT ?? 'docs/screenshots';
const VIEWPORT = { width: 1280, height: 800 };
const ANSWER =
  'A language model predicts the next token from the ones before it. **Temperature** ' +
  'scales how adventurous that choice is:\n\n- `0`: always the likeliest token\n' +
  '- `1`: the model’s own distribution\n\n```python\nprint("Hello from the playground")\n```';

const api = await startSipPulseServer({ port: 0 });
const site = await startStaticServer({ root: DIST, prefix: '/', port: 0 });
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
await mkdir(OUT, { recursive: true });

try {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: theme });
    // A returning visitor connected to the fixture API, in this theme.
    await page.addInitScript(
      ([baseUrl, key, chosen]) => {
        if (sessionStorage.getItem('shots-seeded')) return;
        sessionStorage.setItem('shots-seeded', '1');
        sessionStorage.setItem('llm-playground:api-key', key);
        localStorage.setItem('llm-playground:theme', chosen);
        localStorage.setItem(
          'llm-playground:state',
          JSON.stringify({
            state: {
              connection: { provider: 'sippulse', baseUrl },
              model: 'gpt-4o',
              system: 'You are a concise teacher.',
            },
            version: 1,
          }),
        );
      },
      [api.url, VALID_API_KEY, theme],
    );
    await fetch(`${api.url}/__script`, {
      method: 'POST',
      body: JSON.stringify([{ kind: 'text', text: ANSWER }]),
    });
    await page.goto(site.url);
    await page.getByRole('combobox', { name: 'Model', exact: true }).getByText('gpt-4o').waitFor();
    await page.getByRole('spinbutton', { name: 'Temperature', exact: true }).fill('0.7');
    await page
      .getByRole('textbox', { name: 'Message', exact: true })
      .fill('What does temperature do?');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).waitFor();
    await page.locator('[data-highlighted="true"]').first().waitFor();
    // Nothing focused or hovered in the picture.
    await page.mouse.move(0, 0);
    await page.evaluate(() =>
      document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
    );
    const file = path.join(OUT, `main-${theme}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
  await api.close();
}
