// 1b. What the lazy features really fetch, watched on the network of fresh
// profiles: the files requested from opening View code (connected to an HTTP
// API), and from pressing the in-browser engine's "Load model", sized (gzip)
// from the build output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inBrowserState, kb, seededPage, sipPulseState } from './lib.mjs';

function sized(dist, files) {
  const list = files.map((file) => ({
    file,
    gzipKB: kb(gzipSync(readFileSync(join(dist, file)), { level: 9 }).length),
  }));
  const total = (ext) =>
    Math.round(list.filter((f) => f.file.endsWith(ext)).reduce((n, f) => n + f.gzipKB, 0) * 10) /
    10;
  return {
    jsGzipKB: total('.js'),
    jsFiles: list.filter((f) => f.file.endsWith('.js')).length,
    wasmGzipKB: total('.wasm'),
    files: list,
  };
}

/** Build files (`assets/…`) the page requests while `action` runs. */
async function requestedDuring(page, action) {
  const files = new Set();
  const onRequest = (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/assets\/.+\.(js|css|wasm)$/.test(path)) files.add(path.slice(1));
  };
  page.on('request', onRequest);
  await action();
  page.off('request', onRequest);
  return [...files];
}

async function freshPage(browser, site, persisted) {
  const { context, page } = await seededPage(browser, persisted);
  await page.goto(site.url);
  await page.getByRole('combobox', { name: 'Model', exact: true }).waitFor();
  // Whatever the first screen fetches after its entry chunks has arrived by now.
  await page.waitForLoadState('networkidle');
  return { context, page };
}

export async function lazyLoads(browser, site, api, dist) {
  // View code as the old budget row measured it: an HTTP API, so curl, Python and JavaScript.
  const http = await freshPage(browser, site, sipPulseState(api.url));
  const viewCode = await requestedDuring(http.page, async () => {
    await http.page.getByRole('button', { name: 'View code' }).click();
    const dialog = http.page.getByRole('dialog', { name: 'View code' });
    // Highlighted means shiki, its theme and the tab's language have all arrived.
    await dialog.locator('[data-highlighted]').first().waitFor();
    // The other tabs' languages load in the background meanwhile.
    await http.page.waitForLoadState('networkidle');
  });
  await http.context.close();

  const local = await freshPage(browser, site, inBrowserState());
  const panel = local.page.getByRole('region', { name: 'In-browser engine' });
  const engine = await requestedDuring(local.page, async () => {
    await panel.getByRole('button', { name: 'Load model', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Ready: stories260K' }).waitFor();
  });
  await local.context.close();
  return { viewCode: sized(dist, viewCode), engine: sized(dist, engine) };
}
