// npm run bench: reproducible measurements in headless Chromium against the
// local fixture servers. Machine-dependent figures are reported as ratios
// against a baseline measured in the same run. Writes bench/results.json.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/chromium.mjs';
import { startSipPulseServer } from '../e2e/fixtures/sippulse-server.mjs';
import { startStaticServer } from '../e2e/fixtures/static-server.mjs';

const DIST = 'dist';
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** 1. First screen: the entry script, its static imports and the CSS. */
function bundleSizes() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
  const firstScreen = new Set(refs);
  // Static imports of the entry chunk are also loaded up front.
  for (const ref of refs.filter((r) => r.endsWith('.js'))) {
    const code = readFileSync(join(DIST, ref), 'utf8');
    for (const m of code.matchAll(/^import\s*(?:[^'"]*from\s*)?["']\.\/([^"']+\.js)["']/gm))
      firstScreen.add(`assets/${m[1]}`);
  }
  const all = readdirSync(join(DIST, 'assets')).map((f) => `assets/${f}`);
  const sum = (files, ext) =>
    files.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gz(join(DIST, f)), 0);
  const lazy = all
    .filter((f) => f.endsWith('.js') && !firstScreen.has(f))
    .map((f) => ({ file: f, gzipKB: kb(gz(join(DIST, f))) }))
    .sort((a, b) => b.gzipKB - a.gzipKB);
  return {
    firstScreenJsKB: kb(sum([...firstScreen], '.js')),
    firstScreenCssKB: kb(sum([...firstScreen], '.css')),
    lazy,
  };
}

const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
const api = await startSipPulseServer({ port: 0 });
const site = await startStaticServer({ root: DIST, prefix: '/', port: 0 });

async function connectedPage(extraState = {}) {
  const context = await browser.newContext();
  await context.addInitScript(
    ([baseUrl, extra]) => {
      sessionStorage.setItem('llm-playground:api-key', 'test-key');
      localStorage.setItem(
        'llm-playground:state',
        JSON.stringify({
          state: { connection: { provider: 'sippulse', baseUrl }, model: 'gpt-4o', ...extra },
          version: 1,
        }),
      );
    },
    [api.url, extraState],
  );
  const page = await context.newPage();
  return { context, page };
}

/** 2. Start: navigation to an interactive model picker, median of 10 cold loads. */
async function startTimes() {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const { context, page } = await connectedPage();
    const t0 = Date.now();
    await page.goto(site.url);
    await page.getByRole('combobox', { name: 'Model', exact: true }).click();
    await page.getByRole('option', { name: /^gpt-4o-mini/ }).waitFor();
    times.push(Date.now() - t0);
    await context.close();
  }
  return { medianMs: median(times), runsMs: times };
}

/** 3. Streaming overhead: the app against a bare fetch + reader + <pre> page. */
async function streamingOverhead(chunks) {
  const text = 'ab '.repeat(chunks).slice(0, chunks * 2);
  const script = { kind: 'text', text, chunkSize: 2, times: 1 };
  // Bare page baseline.
  const bare = await connectedPage();
  await bare.page.goto(`${site.url}?bench-bare`);
  await fetch(`${api.url}/__script`, { method: 'POST', body: JSON.stringify(script) });
  const baseline = await bare.page.evaluate(
    async ([url, expected]) => {
      document.body.innerHTML = '<pre id="out"></pre>';
      const out = document.getElementById('out');
      const t0 = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'api-key': 'test-key' },
        body: JSON.stringify({
          model: 'gpt-4o',
          messages: [{ role: 'user', content: 'x' }],
          stream: true,
        }),
      });
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      let got = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let i;
        while ((i = buffer.indexOf('\n\n')) >= 0) {
          const line = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          if (!line.startsWith('data: ') || line === 'data: [DONE]') continue;
          const delta = JSON.parse(line.slice(6)).choices?.[0]?.delta?.content;
          if (delta) {
            out.append(delta);
            got += delta.length;
          }
        }
      }
      await new Promise((r) => requestAnimationFrame(r));
      return { ms: performance.now() - t0, ok: got === expected };
    },
    [`${api.url}/v1/llms/completion`, text.length],
  );
  await bare.context.close();

  const app = await connectedPage();
  await app.page.goto(site.url);
  await app.page.getByRole('combobox', { name: 'Model', exact: true }).waitFor();
  await fetch(`${api.url}/__script`, { method: 'POST', body: JSON.stringify(script) });
  await app.page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await app.page.getByRole('textbox', { name: 'Message', exact: true }).fill('x');
  const appMs = await app.page.evaluate(async (expected) => {
    const t0 = performance.now();
    const send = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Send');
    send.click();
    await new Promise((resolve) => {
      const check = () => {
        const answers = document.querySelectorAll(
          'article[aria-label="assistant message"] .message-text',
        );
        const last = answers[answers.length - 1];
        if (last && last.textContent.length >= expected) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - t0;
  }, text.length);
  const longTasks = await app.page.evaluate(() => window.__longTasks);
  await app.context.close();
  return {
    chunks,
    appMs: Math.round(appMs),
    baselineMs: Math.round(baseline.ms),
    ratio: Math.round((appMs / baseline.ms) * 100) / 100,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    baselineComplete: baseline.ok,
  };
}

const results = {
  date: new Date().toISOString(),
  bundle: bundleSizes(),
  start: await startTimes(),
  streaming: await streamingOverhead(20000),
};
await browser.close();
await api.close();
await site.close();

writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('| measure | value | budget |');
console.log('| --- | --- | --- |');
console.log(`| first-screen JS (gzip) | ${results.bundle.firstScreenJsKB} KB | ≤ 150 KB |`);
console.log(`| first-screen CSS (gzip) | ${results.bundle.firstScreenCssKB} KB | |`);
for (const l of results.bundle.lazy) console.log(`| lazy ${l.file} | ${l.gzipKB} KB | on demand |`);
console.log(
  `| start to interactive model picker (median of 10) | ${results.start.medianMs} ms | |`,
);
const s = results.streaming;
console.log(
  `| stream ${s.chunks} chunks: app / bare page | ${s.ratio} (${s.appMs} / ${s.baselineMs} ms) | ≤ 1.25 |`,
);
console.log(`| longest main-thread task while streaming | ${s.longestTaskMs} ms | ≤ 50 ms |`);
