import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { startSipPulseServer } from './fixtures/sippulse-server.mjs';
import { assistantMessages, expect, pickModel, send, test, waitIdle } from './support';

// A key nobody would write by accident: found anywhere means it leaked.
const SECRET = 'sk-LEAKCHECK-7f3a9c';

/** Everything this origin keeps in localStorage and IndexedDB, as text. */
async function storedText(page: Page): Promise<{ local: string; session: string; idb: string }> {
  return page.evaluate(async () => {
    const dump = (s: Storage) =>
      Object.keys(s)
        .map((k) => `${k}=${s.getItem(k)}`)
        .join('\n');
    const parts: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        parts.push(`${name}/${store}: ${JSON.stringify(rows)}`);
      }
      db.close();
    }
    return { local: dump(localStorage), session: dump(sessionStorage), idb: parts.join('\n') };
  });
}

test('a key is masked in the UI and absent from URLs, share links, exports, code, logs, errors and storage', async ({
  page,
  context,
}) => {
  // One walk through every place a key could surface: longer than a usual spec.
  test.setTimeout(60_000);
  const server = await startSipPulseServer({ port: 0, apiKeys: [SECRET] });
  try {
    const logs: string[] = [];
    page.on('console', (msg) => logs.push(msg.text()));
    page.on('pageerror', (error) => logs.push(String(error)));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');

    await page.getByRole('button', { name: 'Connection', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Connection' });
    await dialog.getByRole('textbox', { name: 'Base URL' }).fill(server.url);
    const keyField = dialog.getByLabel('API key');
    await keyField.fill(SECRET);
    await expect(keyField).toHaveAttribute('type', 'password');
    // Remember stays off: the key belongs in sessionStorage only.
    await expect(
      dialog.getByRole('switch', { name: 'Remember key on this device' }),
    ).not.toBeChecked();
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(SECRET);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();

    await pickModel(page, 'gpt-4o');
    // A run that works, then a 401 whose message quotes the key, as some servers do.
    await fetch(`${server.url}/__script`, {
      method: 'POST',
      body: JSON.stringify([
        { kind: 'text', text: 'Hello there.' },
        { kind: 'error', status: 401, message: `Incorrect API key provided: ${SECRET}.` },
      ]),
    });
    await send(page, 'Hi');
    await expect(assistantMessages(page).first()).toContainText('Hello there.');
    await waitIdle(page);
    await send(page, 'Again');
    const error = page.getByRole('alert').filter({ hasText: 'The API key was rejected' });
    await expect(error).toContainText('Incorrect API key provided: [redacted]');
    await waitIdle(page);

    // Every View code tab and variant.
    await page.getByRole('button', { name: 'View code' }).click();
    const code = page.getByRole('dialog', { name: 'View code' });
    for (const tab of ['cURL', 'Python', 'JavaScript']) {
      await code.getByRole('tab', { name: tab }).click();
      const variant = code.getByRole('combobox', { name: 'Variant' });
      let variants = [''];
      if ((await variant.count()) > 0) {
        await variant.click();
        const options = page.getByRole('option');
        await expect(options.first()).toBeVisible();
        variants = await options.allInnerTexts();
        await options.first().click();
      }
      for (const name of variants) {
        if (name) {
          await variant.click();
          await page.getByRole('option', { name, exact: true }).click();
          await expect(variant).toContainText(name);
        }
        const region = code.getByRole('region', { name: `${tab} code` });
        await expect(region).toHaveAttribute('data-highlighted', 'true');
        const text = await region.innerText();
        expect(text, `${tab} ${name}`).toContain('SIPPULSE_API_KEY');
        expect(text, `${tab} ${name}`).not.toContain(SECRET);
      }
    }
    await code.getByRole('button', { name: 'Close' }).click();

    // The share link, decompressed.
    await page.getByRole('button', { name: 'Session' }).click();
    await page.getByRole('menuitem', { name: 'Copy share link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const data = new URL(link).hash.replace(/^#share=/, '');
    const shared = inflateRawSync(Buffer.from(data, 'base64url')).toString('utf8');
    expect(shared).toContain('Hello there.');
    expect(link).not.toContain(SECRET);
    expect(shared).not.toContain(SECRET);

    // The exported file.
    await page.getByRole('button', { name: 'Session' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Export session…' }).click();
    const exported = await readFile((await (await download).path()) ?? '', 'utf8');
    expect(exported).toContain('Hello there.');
    expect(exported).toContain('[redacted]');
    expect(exported).not.toContain(SECRET);

    // Page address, page text, markup, logs and storage.
    expect(page.url()).not.toContain(SECRET);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(SECRET);
    expect(await page.content()).not.toContain(SECRET);
    expect(logs.join('\n')).not.toContain(SECRET);
    const stored = await storedText(page);
    expect(stored.local).not.toContain(SECRET);
    expect(stored.idb).not.toContain(SECRET);
    // Where it is meant to be (so the searches above look in the right origin).
    expect(stored.session).toContain(SECRET);
    expect(server.requests.some((r) => r.headers['api-key'] === SECRET)).toBe(true);
  } finally {
    await server.close();
  }
});
