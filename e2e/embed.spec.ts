// The playground embedded in another site's page, driven over postMessage
// (README "Embedding"). Three origins: the app (a static server with a
// config.json that allows the host), the host (examples/embed-host.html), and
// a third party whose messages must be ignored. The API is the SipPulse fixture.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { startSipPulseServer, type SipPulseServer } from './fixtures/sippulse-server.mjs';
import { startStaticServer, type StaticServer } from './fixtures/static-server.mjs';
import { test as base, expect } from './support';

const DIST = process.env.E2E_DIST ?? 'dist';
/** Distinctive, so a search of every storage cannot miss it or match something else. */
const SECRET = 'sk-embed-7f3a9c-SECRET-e2e';

interface Servers {
  app: StaticServer;
  host: StaticServer;
  third: StaticServer;
  /** A host page served from an origin that is not on the allow-list. */
  stranger: StaticServer;
}

interface Api {
  server: SipPulseServer;
  url: string;
  script(...scripts: Record<string, unknown>[]): Promise<void>;
  completions(): SipPulseServer['requests'];
}

const test = base.extend<{ embedApi: Api }, { servers: Servers }>({
  servers: [
    async ({}, provide) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'embed-e2e-'));
      const host = await startStaticServer({
        root: 'examples',
        prefix: '/',
        extraFiles: { '/third-party.html': path.join(dir, 'third-party.html') },
      });
      const stranger = await startStaticServer({ root: 'examples', prefix: '/' });
      const third = await startStaticServer({ root: dir, prefix: '/' });
      fs.writeFileSync(
        path.join(dir, 'config.json'),
        JSON.stringify({ embed: { allowedOrigins: [host.origin] } }),
      );
      const app = await startStaticServer({
        root: DIST,
        prefix: '/',
        extraFiles: { '/config.json': path.join(dir, 'config.json') },
      });
      // A page of a third origin: it frames the app itself, or sits beside it in the host.
      fs.writeFileSync(
        path.join(dir, 'third-party.html'),
        `<!doctype html><meta charset="utf-8"><title>Third party</title>
<script>
  window.received = [];
  addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));
  // Beside the app in the host page, or the app's own parent: post to it with '*'.
  window.attack = (messages) => {
    const target = document.querySelector('iframe')?.contentWindow ?? parent.frames[0];
    for (const m of messages) target.postMessage(m, '*');
  };
</script>
<body>${'<iframe id="app" title="Playground" style="width:800px;height:600px"></iframe>'}
<script>
  const frameSrc = new URLSearchParams(location.search).get('frame');
  if (frameSrc) document.getElementById('app').src = frameSrc;
  else document.getElementById('app').remove();
</script>`,
      );
      await provide({ app, host, third, stranger });
      await Promise.all([app.close(), host.close(), third.close(), stranger.close()]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  embedApi: async ({}, provide) => {
    const server = await startSipPulseServer({ port: 0, apiKeys: [SECRET] });
    await provide({
      server,
      url: server.url,
      async script(...scripts) {
        const res = await fetch(`${server.url}/__script`, {
          method: 'POST',
          body: JSON.stringify(scripts),
        });
        if (!res.ok) throw new Error(await res.text());
      },
      completions: () => server.requests.filter((r) => r.path === '/v1/llms/completion'),
    });
    await server.close();
  },
});

type HostEvent = { type: string; [key: string]: unknown };

async function openHost(page: Page, servers: Servers, hostServer = servers.host): Promise<void> {
  await page.goto(
    `${hostServer.origin}/embed-host.html?app=${encodeURIComponent(servers.app.url)}`,
  );
}

function hostEvents(page: Page): Promise<HostEvent[]> {
  return page.evaluate(
    () => (window as unknown as { embedHost: { events: HostEvent[] } }).embedHost.events,
  );
}

async function waitForEvent(page: Page, type: string, count = 1): Promise<HostEvent> {
  await expect
    .poll(async () => (await hostEvents(page)).filter((e) => e.type === type).length)
    .toBeGreaterThanOrEqual(count);
  return (await hostEvents(page)).filter((e) => e.type === type)[count - 1]!;
}

function sendFromHost(page: Page, message: unknown): Promise<void> {
  return page.evaluate((m) => {
    (window as unknown as { embedHost: { send(m: unknown): void } }).embedHost.send(m);
  }, message);
}

const playground = (page: Page): FrameLocator => page.frameLocator('#playground');

function appFrame(page: Page, servers: Servers): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(servers.app.origin));
  if (!frame) throw new Error('the playground frame is not there');
  return frame;
}

function init(api: Api, extra: Record<string, unknown> = {}) {
  return {
    type: 'init',
    id: 'init-1',
    connection: { provider: 'sippulse', baseUrl: api.url, apiKey: SECRET },
    model: 'gpt-4o',
    system: 'Answer briefly.',
    messages: [
      { role: 'user', content: 'Earlier question from the host' },
      { role: 'assistant', content: 'Earlier answer from the host' },
    ],
    ...extra,
  };
}

test('init shows the host conversation; run reports runStarted, then runFinished with text and usage', async ({
  page,
  servers,
  embedApi,
}) => {
  await openHost(page, servers);
  expect(await waitForEvent(page, 'ready')).toEqual({ type: 'ready', version: 1 });

  await sendFromHost(page, init(embedApi, { theme: 'dark' }));
  const frame = playground(page);
  await expect(frame.getByRole('article', { name: 'user message' })).toContainText(
    'Earlier question from the host',
  );
  await expect(frame.getByRole('article', { name: 'assistant message' })).toContainText(
    'Earlier answer from the host',
  );
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The conversation comes first: the composer is there, the parameters wait in Settings.
  await expect(frame.getByRole('textbox', { name: 'Message', exact: true })).toBeVisible();
  await expect(frame.getByRole('combobox', { name: 'Model', exact: true })).toHaveCount(0);

  await embedApi.script({
    kind: 'text',
    text: 'Embedded answer, streamed.',
    usage: { input_tokens: 21, output_tokens: 4, total_tokens: 25 },
  });
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill('Hello from the host');
  await sendFromHost(page, { type: 'run', id: 'run-1', message: 'Hello from the host' });

  const finished = await waitForEvent(page, 'runFinished');
  const types = (await hostEvents(page)).map((e) => e.type);
  expect(types.indexOf('runStarted')).toBeGreaterThan(-1);
  expect(types.indexOf('runStarted')).toBeLessThan(types.indexOf('runFinished'));
  expect(await waitForEvent(page, 'runStarted')).toEqual({
    type: 'runStarted',
    model: 'gpt-4o',
    replyTo: 'run-1',
  });
  expect(finished).toMatchObject({
    type: 'runFinished',
    replyTo: 'run-1',
    status: 'done',
    model: 'gpt-4o',
    text: 'Embedded answer, streamed.',
    finishReason: 'stop',
    usage: { inputTokens: 21, outputTokens: 4, totalTokens: 25 },
  });
  const timing = finished.timing as Record<string, unknown>;
  expect(typeof timing.durationMs).toBe('number');
  expect(typeof timing.ttftMs).toBe('number');

  // The frame shows the same answer, and the API got the host's whole conversation and key.
  await expect(frame.getByRole('article', { name: 'assistant message' }).last()).toContainText(
    'Embedded answer, streamed.',
  );
  const request = embedApi.completions().at(-1)!;
  expect(request.headers['api-key']).toBe(SECRET);
  expect(request.body).toMatchObject({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: 'Answer briefly.' },
      { role: 'user', content: 'Earlier question from the host' },
      { role: 'assistant', content: 'Earlier answer from the host' },
      { role: 'user', content: 'Hello from the host' },
    ],
  });
  // The example page's own Run button drives the same API.
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitForEvent(page, 'runFinished', 2);
  expect(embedApi.completions()).toHaveLength(2);
});

test('stop ends a streaming run, reported as stopped with the partial text; a run meanwhile is busy', async ({
  page,
  servers,
  embedApi,
}) => {
  // Long enough (about 20 s) that the stop always lands mid-stream, even on a slow machine.
  const words = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
  await openHost(page, servers);
  await waitForEvent(page, 'ready');
  await sendFromHost(page, init(embedApi));
  await embedApi.script({ kind: 'text', text: words, chunkDelayMs: 60, chunkSize: 6 });
  await sendFromHost(page, { type: 'run', message: 'Go long' });
  await waitForEvent(page, 'runStarted');
  await expect(
    playground(page).getByRole('article', { name: 'assistant message' }).last(),
  ).toContainText('w2');

  await sendFromHost(page, { type: 'run', id: 'second' });
  expect(await waitForEvent(page, 'error')).toMatchObject({ code: 'busy', replyTo: 'second' });

  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  const finished = await waitForEvent(page, 'runFinished');
  expect(finished.status).toBe('stopped');
  expect(finished.text).toMatch(/^w0 w1 w2/);
  expect(finished.text).not.toContain('w399');
  expect(embedApi.completions()).toHaveLength(1);
});

test('a malformed message is answered with an error event, and the frame keeps working', async ({
  page,
  servers,
  embedApi,
}) => {
  await openHost(page, servers);
  await waitForEvent(page, 'ready');
  for (const bad of [
    'run',
    { type: 'explode' },
    { type: 'init', connection: { provider: 'acme', baseUrl: embedApi.url } },
    { type: 'run', id: 'bad-run', message: 42 },
  ])
    await sendFromHost(page, bad);
  // Parsed in the page, so `__proto__` is an own key of what the host posts.
  await page.evaluate(() =>
    (window as unknown as { embedHost: { send(m: unknown): void } }).embedHost.send(
      JSON.parse('{"type":"init","model":"gpt-4o","params":{"__proto__":{"polluted":1}}}'),
    ),
  );
  await waitForEvent(page, 'error', 5);
  const errors = (await hostEvents(page)).filter((e) => e.type === 'error');
  expect(errors.map((e) => e.code)).toEqual(Array(5).fill('invalid_message'));
  expect(errors[1]!.message).toContain('Unknown message type "explode"');
  expect(errors[2]!.message).toBe(
    '"init" field connection.provider must be equal to one of the allowed values.',
  );
  expect(errors[3]).toMatchObject({
    replyTo: 'bad-run',
    message: '"run" field message must be string.',
  });
  expect(
    await appFrame(page, servers).evaluate(() => (({}) as Record<string, unknown>).polluted),
  ).toBeUndefined();

  // Blocked runs say why instead of sending anything.
  await sendFromHost(page, {
    type: 'init',
    connection: { provider: 'sippulse', baseUrl: embedApi.url },
  });
  await sendFromHost(page, { type: 'run', id: 'no-key' });
  expect(await waitForEvent(page, 'error', 6)).toMatchObject({
    code: 'run_blocked',
    replyTo: 'no-key',
  });

  // Still alive: a valid init and run go through.
  await sendFromHost(page, init(embedApi));
  await sendFromHost(page, { type: 'run', message: 'Still there?' });
  expect(await waitForEvent(page, 'runFinished')).toMatchObject({
    status: 'done',
    text: 'Hello from the fixture. You said: Still there?',
  });
});

test('messages from origins that are not allowed are ignored, and nothing is posted to them', async ({
  page,
  servers,
  embedApi,
}) => {
  const attack = [
    {
      type: 'init',
      connection: { provider: 'sippulse', baseUrl: embedApi.url, apiKey: SECRET },
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'INJECTED by a third party' }],
    },
    { type: 'run', message: 'INJECTED run' },
    { type: 'explode' },
  ];

  // 1. A third-party page frames the app itself and drives it.
  const appUrl = `${servers.app.url}?embed=1`;
  await page.goto(`${servers.third.origin}/third-party.html?frame=${encodeURIComponent(appUrl)}`);
  const framed = page.frameLocator('#app');
  await expect(framed.getByRole('button', { name: 'Settings' })).toBeVisible();
  await page.evaluate(
    (m) => (window as unknown as { attack(m: unknown[]): void }).attack(m),
    attack,
  );
  await page.waitForTimeout(800);
  await expect(framed.getByText('INJECTED')).toHaveCount(0);
  expect(embedApi.completions()).toHaveLength(0);
  // Not even `ready` or an error went to it: events only ever go to allowed origins.
  expect(
    await page.evaluate(() => (window as unknown as { received: unknown[] }).received),
  ).toEqual([]);

  // 2. The same host page served from an origin not on the allow-list gets no `ready`.
  await openHost(page, servers, servers.stranger);
  await expect(playground(page).getByRole('button', { name: 'Settings' })).toBeVisible();
  await sendFromHost(page, init(embedApi));
  await sendFromHost(page, { type: 'run', message: 'From a stranger' });
  await page.waitForTimeout(800);
  expect(await hostEvents(page)).toEqual([]);
  await expect(playground(page).getByText('Earlier question from the host')).toHaveCount(0);
  expect(embedApi.completions()).toHaveLength(0);

  // 3. In the allowed host, a third-party frame beside the app posts into it.
  await openHost(page, servers);
  await waitForEvent(page, 'ready');
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.name = 'third';
    frame.src = src;
    document.body.append(frame);
    return new Promise((resolve) => frame.addEventListener('load', resolve));
  }, `${servers.third.origin}/third-party.html`);
  const third = page.frames().find((f) => f.url().startsWith(servers.third.origin))!;
  await third.evaluate(
    (m) => (window as unknown as { attack(m: unknown[]): void }).attack(m),
    attack,
  );
  // Then the real host: its messages go through, the third party's did not.
  await sendFromHost(page, init(embedApi));
  await sendFromHost(page, { type: 'run', message: 'Only the host' });
  await waitForEvent(page, 'runFinished');
  await expect(playground(page).getByText('INJECTED')).toHaveCount(0);
  expect(embedApi.completions()).toHaveLength(1);
  expect(JSON.stringify(embedApi.completions()[0]!.body)).not.toContain('INJECTED');
  expect((await hostEvents(page)).filter((e) => e.type === 'error')).toEqual([]);
  expect(
    await third.evaluate(() => (window as unknown as { received: unknown[] }).received),
  ).toEqual([]);
});

test('the host key stays in memory, and a playground tab on the same origin keeps its saved work', async ({
  page,
  servers,
  embedApi,
}) => {
  // Someone's own playground, saved on the app's origin (written from a plain
  // document of that origin, so no app code can rewrite it meanwhile).
  await page.goto(`${servers.app.origin}/config.json`);
  await page.evaluate(() => {
    localStorage.setItem(
      'llm-playground:state',
      JSON.stringify({
        state: {
          messages: [{ id: 'own', role: 'user', content: 'My own saved work' }],
          system: 'Mine',
        },
        version: 2,
      }),
    );
    localStorage.setItem('llm-playground:api-key:own', 'sk-users-own-key');
  });
  const saved = await page.evaluate(() => JSON.stringify({ ...localStorage }));

  await openHost(page, servers);
  await waitForEvent(page, 'ready');
  await sendFromHost(page, init(embedApi));
  await sendFromHost(page, { type: 'run', message: 'Use the key' });
  await waitForEvent(page, 'runFinished');
  expect(embedApi.completions()[0]!.headers['api-key']).toBe(SECRET);
  const frame = playground(page);
  // The embed neither shows the tab's saved work nor uses its key.
  await expect(frame.getByText('My own saved work')).toHaveCount(0);
  // Settings holds the model and parameters, with the host's connection not editable.
  await frame.getByRole('button', { name: 'Settings' }).click();
  const drawer = frame.getByRole('dialog', { name: 'Settings' });
  await expect(drawer.getByRole('combobox', { name: 'Model', exact: true })).toContainText(
    'gpt-4o',
  );
  await expect(drawer).toContainText('Connected by the host page');
  await expect(frame.getByRole('button', { name: 'Connection', exact: true })).toHaveCount(0);

  const storage = await appFrame(page, servers).evaluate(async () => {
    const dump = (s: Storage) => Object.fromEntries(Object.entries(s));
    const databases = indexedDB.databases ? await indexedDB.databases() : [];
    const idb: Record<string, unknown[]> = {};
    for (const { name } of databases) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        idb[`${name}/${store}`] = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => resolve([]);
        });
      }
      db.close();
    }
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
    }
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      cookies: document.cookie,
      idb,
      cached,
      url: location.href,
    };
  });
  expect(JSON.stringify(storage)).not.toContain(SECRET);
  expect(storage.session).toEqual({});
  // Not a byte of the tab's saved state changed.
  expect(JSON.stringify(storage.local)).toBe(saved);
});

test('locked fields are read-only in the frame', async ({ page, servers, embedApi }) => {
  await openHost(page, servers);
  await waitForEvent(page, 'ready');
  await sendFromHost(
    page,
    init(embedApi, { params: { temperature: 0.3 }, locked: ['model', 'parameters', 'messages'] }),
  );
  const frame = playground(page);
  await expect(frame.getByRole('article', { name: 'user message' })).toContainText(
    'Earlier question',
  );
  // A read-only conversation: no composer, no editing.
  await expect(frame.getByRole('textbox', { name: 'Message', exact: true })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Delete message' }).first()).toBeDisabled();
  await frame.getByRole('button', { name: 'Settings' }).click();
  const drawer = frame.getByRole('dialog', { name: 'Settings' });
  await expect(drawer.getByRole('combobox', { name: 'Model', exact: true })).toBeDisabled();
  await expect(drawer.getByRole('spinbutton', { name: 'Temperature' })).toHaveValue('0.3');
  await expect(drawer.getByRole('spinbutton', { name: 'Temperature' })).toBeDisabled();
  // The system message was not locked.
  await expect(drawer.getByRole('textbox', { name: 'System message' })).toBeEditable();

  // The host still runs it, with its locked parameters.
  await sendFromHost(page, { type: 'run' });
  await waitForEvent(page, 'runFinished');
  expect(embedApi.completions()[0]!.body).toMatchObject({ temperature: 0.3 });
});
