// The built app under the Content-Security-Policy header the README tells a
// host to send (connect-src pinned to the API, frame-ancestors 'none'), on top
// of the policy index.html carries itself: it works, the browser reports no
// violation, and nothing is fetched from a third party at start.

import type { Page } from '@playwright/test';
import { APP_CSP, cspHeader, serializeCsp } from '../vite/csp';
import { startStaticServer, type StaticServer } from './fixtures/static-server.mjs';
import { test as base, expect, assistantMessages, openConnected, send, waitIdle } from './support';

const DIST = process.env.E2E_DIST ?? 'dist';

const test = base.extend<{ site: StaticServer; violations: string[] }>({
  site: async ({ api }, provide) => {
    const site = await startStaticServer({
      root: DIST,
      prefix: '/',
      headers: {
        'content-security-policy': cspHeader({ apiOrigins: [new URL(api.url).origin] }),
      },
      // The in-browser engine's model, as playwright.config.ts serves it.
      extraFiles: {
        '/models/stories260K.gguf': '../shared/models/stories260K.gguf',
        '/models/index.json': 'e2e/fixtures/models-index.json',
      },
    });
    await provide(site);
    await site.close();
  },
  baseURL: async ({ site }, provide) => provide(site.url),
  // Every violation the page or its workers report, as "directive blocked-url".
  violations: async ({ page }, provide) => {
    const seen: string[] = [];
    await page.exposeFunction('__reportCspViolation', (text: string) => seen.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __reportCspViolation(t: string): void })
          .__reportCspViolation;
        report(`${e.effectiveDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) seen.push(message.text());
    });
    await provide(seen);
  },
});

/** Every request the page makes, by URL. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

const origins = (urls: string[]) => [...new Set(urls.map((u) => new URL(u).origin))];

test('the in-browser engine runs under the CSP, and nothing third-party loads at start', async ({
  page,
  site,
  violations,
}) => {
  // Loading llama.cpp and the model takes seconds more on a busy machine.
  test.setTimeout(60_000);
  const requests = recordRequests(page);
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    serializeCsp(APP_CSP),
  );
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(
    'stories260K',
  );
  const engine = page.getByRole('region', { name: 'In-browser engine' });
  await expect(engine).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(origins(requests)).toEqual([site.origin]);

  // llama.cpp's WebAssembly compiles in its blob: worker and writes a story. (A
  // violation inside the worker is not reported to the page: without
  // 'wasm-unsafe-eval' the engine never gets ready, which is what fails here.)
  await page.getByRole('spinbutton', { name: 'Max tokens', exact: true }).fill('8');
  await send(page, 'Once upon a time');
  await expect(engine.getByRole('status')).toHaveText('Ready: stories260K', { timeout: 20_000 });
  await waitIdle(page);
  await expect(assistantMessages(page).last()).toContainText('8 out');
  expect(origins(requests)).toEqual([site.origin]);
  expect(violations).toEqual([]);
});

test('an API connection, its answer and View code work under the CSP', async ({
  page,
  api,
  site,
  violations,
}) => {
  const requests = recordRequests(page);
  await openConnected(page, api, { model: 'gpt-4o' });
  await send(page, 'under a strict policy');
  await expect(assistantMessages(page)).toContainText('You said: under a strict policy');

  // shiki's highlighted code carries inline styles.
  await page.getByRole('button', { name: 'View code' }).click();
  const dialog = page.getByRole('dialog', { name: 'View code' });
  await expect(dialog.locator('pre.shiki')).toContainText('curl');

  expect(origins(requests).sort()).toEqual([site.origin, new URL(api.url).origin].sort());
  expect(violations).toEqual([]);
});
