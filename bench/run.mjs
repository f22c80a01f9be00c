// npm run bench: reproducible measurements in headless Chromium against the
// local fixture servers. Machine-dependent figures are reported as ratios
// against a baseline measured in the same run. Writes bench/results.json.
//
// `node bench/run.mjs inbrowser memory` runs only the named measures (bundle,
// lazy, start, streaming, markdown, inbrowser, conversation, memory), prints their full
// results as JSON and writes nothing.
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/chromium.mjs';
import { startSipPulseServer } from '../e2e/fixtures/sippulse-server.mjs';
import { startStaticServer } from '../e2e/fixtures/static-server.mjs';
import { bundleSizes } from './bundle.mjs';
import { inBrowserThroughput } from './inbrowser.mjs';
import { lazyLoads } from './lazy.mjs';
import { markdownStreamOverhead } from './markdown-stream.mjs';
import { mb } from './lib.mjs';
import { canPin, launchPinned, pinning, withBenchPinned } from './pinning.mjs';
import { longConversationCost } from './long-conversation.mjs';
import { heapAcrossRuns } from './memory.mjs';
import { startTimes } from './start.mjs';
import { streamingOverhead } from './streaming.mjs';

// BENCH_DIST measures another build (e.g. one no concurrent `vite build` rewrites mid-run).
const DIST = process.env.BENCH_DIST ?? 'dist';
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}
const WLLAMA = 'node_modules/@wllama/wllama/esm';
const MODEL = '../shared/models/stories260K.gguf';
if (!existsSync(MODEL)) {
  console.error(`The in-browser measures need ${MODEL} (see ../shared/models/README.md).`);
  process.exit(1);
}

const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
const api = await startSipPulseServer({ port: 0 });
// The app at `/`, its models/ folder as `npm start` serves it, and the bare wllama page
// at /bench/ with wllama's own ESM build: one origin for both sides of the comparison.
const site = await startStaticServer({
  root: DIST,
  prefix: '/',
  port: 0,
  extraFiles: {
    '/models/stories260K.gguf': MODEL,
    '/models/index.json': 'e2e/fixtures/models-index.json',
    '/bench/bare-stream.html': 'bench/pages/bare-stream.html',
    '/bench/wllama-baseline.html': 'bench/pages/wllama-baseline.html',
    '/bench/wllama-baseline.mjs': 'bench/pages/wllama-baseline.mjs',
    '/bench/wllama/index.js': `${WLLAMA}/index.js`,
    '/bench/wllama/wllama.wasm': `${WLLAMA}/wasm/wllama.wasm`,
  },
});

const results = { date: new Date().toISOString() };

/**
 * Runs the two streaming measures with the fixture server and the browser on
 * CPUs of their own where the machine allows (see pinning.mjs), in a browser
 * launched for them; elsewhere in the shared browser.
 */
async function streamMeasures(run) {
  if (!wanted('streaming') && !wanted('markdown')) return;
  results.streamCpus = canPin ? pinning : 'shared (no taskset, or one CPU)';
  if (!canPin) return run(browser);
  const pinned = await launchPinned(chromiumExecutable ?? chromium.executablePath(), (path) =>
    chromium.launch({ executablePath: path, args: chromiumArgs }),
  );
  try {
    await withBenchPinned(() => run(pinned));
  } finally {
    await pinned.close();
  }
}
const timings = {};
/** The machine's 1-minute load average as each measure ended: context for noisy figures. */
const load = {};
async function measure(name, key, run) {
  if (!wanted(name)) return;
  const t0 = Date.now();
  results[key] = await run();
  timings[name] = Date.now() - t0;
  load[name] = Math.round(loadavg()[0] * 10) / 10;
}
try {
  await measure('bundle', 'bundle', () => bundleSizes(DIST));
  await measure('lazy', 'lazyLoads', () => lazyLoads(browser, site, api, DIST));
  await measure('start', 'start', () => startTimes(browser, site, api));
  await streamMeasures(async (streamBrowser) => {
    await measure('streaming', 'streaming', () =>
      streamingOverhead(streamBrowser, site, api, 20000),
    );
    await measure('markdown', 'markdownStreaming', () =>
      markdownStreamOverhead(streamBrowser, site, api),
    );
  });
  await measure('inbrowser', 'inBrowser', () => inBrowserThroughput(browser, site));
  await measure('conversation', 'longConversation', () => longConversationCost(browser, site));
  await measure('memory', 'memoryRuns', () => heapAcrossRuns(browser, site, api));
} finally {
  await browser.close();
  await api.close();
  await site.close();
}
if (results.longConversation || results.memoryRuns) {
  const runs = results.memoryRuns;
  const inMB = (s) => ({
    afterEarlyMB: mb(s.heapAfterEarlyBytes),
    afterLateMB: mb(s.heapAfterLateBytes),
    ...s,
  });
  results.memory = {
    afterLongConversationMB: results.longConversation && mb(results.longConversation.heapBytes),
    ...(runs && {
      runs: runs.runs,
      answerChars: runs.answerChars,
      oneConversation: inMB(runs.oneConversation),
      clearedEachRun: inMB(runs.clearedEachRun),
    }),
  };
  delete results.memoryRuns;
}
results.machine = { cpus: availableParallelism(), loadAverage: load, msPerMeasure: timings };

if (only.length === 0) writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
else console.log(JSON.stringify(results, null, 2));
printTable(results);
console.log(
  `\n(seconds per measure: ${Object.entries(timings)
    .map(([k, v]) => `${k} ${Math.round(v / 100) / 10}`)
    .join(', ')}; load average after each: ${Object.entries(load)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')} on ${availableParallelism()} CPUs)`,
);

function printTable(r) {
  const row = (...cells) => console.log(`| ${cells.join(' | ')} |`);
  row('measure', 'value', 'budget');
  row('---', '---', '---');
  if (r.bundle) {
    row('first-screen JS (gzip)', `${r.bundle.firstScreenJsKB} KB`, '≤ 150 KB');
    row('first-screen CSS (gzip)', `${r.bundle.firstScreenCssKB} KB`, '');
    for (const l of r.bundle.lazy) row(`lazy ${l.file}`, `${l.gzipKB} KB`, 'on demand');
    for (const w of r.bundle.wasm)
      row(`wasm ${w.file}`, `${w.gzipKB} KB (${w.rawKB} KB raw)`, 'on model load');
  }
  if (r.lazyLoads) {
    const { viewCode, engine } = r.lazyLoads;
    row(
      'View code, first open (HTTP API: curl tab highlighted)',
      `${viewCode.jsGzipKB} KB in ${viewCode.jsFiles} JS files`,
      'on demand',
    );
    row(
      'in-browser engine, first Load model',
      `${engine.jsGzipKB} KB JS in ${engine.jsFiles} files + ${engine.wasmGzipKB} KB wasm`,
      'on demand',
    );
  }
  if (r.start) {
    row('start to interactive model picker (median of 10)', `${r.start.medianMs} ms`, '');
  }
  if (r.streaming) {
    const s = r.streaming;
    row(
      `stream ${s.chunks} chunks: app / bare page (median of ${s.rounds.ratios.length})`,
      `${s.ratio} (${s.appMs} / ${s.baselineMs} ms)`,
      '≤ 1.25',
    );
    row('longest main-thread task while streaming (any round)', `${s.longestTaskMs} ms`, '≤ 50 ms');
  }
  if (r.markdownStreaming) {
    const s = r.markdownStreaming;
    row(
      `markdown stream ${s.chunks} chunks (${s.fences} code fences, ${s.tables} tables): app / bare page (median of ${s.rounds.ratios.length})`,
      `${s.ratio} (${s.appMs} / ${s.baselineMs} ms)`,
      '≤ 1.5',
    );
    row(
      'longest main-thread task while streaming markdown (any round)',
      `${s.longestTaskMs} ms`,
      '≤ 50 ms',
    );
    row('markdown stream: whole answer formatted, from send (median)', `${s.formattedMs} ms`, '');
    row(
      'longest main-thread task while formatting after the stream (any round)',
      `${s.longestTaskAfterMs} ms`,
      '',
    );
  }
  if (r.streamCpus) {
    const cpus = r.streamCpus.browserCpus
      ? `bench and fixture server on CPU ${r.streamCpus.benchCpus}, browser on CPU ${r.streamCpus.browserCpus}`
      : r.streamCpus;
    row('streams measured with', cpus, '');
  }
  const beforeSend = [r.streaming, r.markdownStreaming].filter(Boolean);
  if (beforeSend.length) {
    row(
      'longest main-thread task before Send: clearing the warm-up, typing (both streams, any round)',
      `${Math.max(...beforeSend.map((s) => s.longestTaskBeforeSendMs))} ms`,
      '',
    );
  }
  if (r.inBrowser) {
    const b = r.inBrowser;
    row(
      `in-browser ${b.completionTokens.app} tokens: app / bare wllama tok/s (median of ${b.appRunsTokPerSec.length})`,
      `${b.ratio} (${b.appTokPerSec} / ${b.bareTokPerSec} tok/s)${b.sameText ? '' : ' TEXT DIFFERS'}`,
      '≥ 0.9',
    );
    row(
      `in-browser cold model load: app / bare (median of ${b.coldLoad.appRunsMs.length})`,
      `${b.coldLoad.appMedianMs} / ${b.coldLoad.bareMedianMs} ms`,
      '',
    );
  }
  if (r.longConversation) {
    const c = r.longConversation;
    row(
      `${c.messages} messages (${c.textKB} KB): navigation to last message painted`,
      `${c.lastMessagePaintedMs} ms`,
      '',
    );
    const t = c.typing;
    row(
      `typing ${t.keys} keys under it: Event Timing p95`,
      `${t.p95Ms < 16 ? '< 16' : t.p95Ms} ms (${c.typingEmpty.p95Ms < 16 ? '< 16' : c.typingEmpty.p95Ms} ms with no conversation${slowestKey(t)})`,
      '≤ 50 ms',
    );
  }
  if (r.memory) {
    const m = r.memory;
    if (m.afterLongConversationMB !== undefined)
      row('JS heap with the long conversation loaded', `${m.afterLongConversationMB} MB`, '');
    const growth = (s) =>
      `${s.afterLateMB} / ${s.afterEarlyMB} MB (${s.growth >= 0 ? '+' : ''}${Math.round(s.growth * 1000) / 10}%)`;
    if (m.oneConversation) {
      const pct = (g) => `${g >= 0 ? '+' : ''}${Math.round(g * 1000) / 10}%`;
      row(
        `JS heap after ${m.runs.late} / ${m.runs.early} chat runs, cleared before each (same state on screen)`,
        `${growth(m.clearedEachRun)}, median of ${m.clearedEachRun.series} series (${m.clearedEachRun.growths.map(pct).join(', ')}); without compiled code ${pct(m.clearedEachRun.dataGrowth)}`,
        'within 10%',
      );
      row(
        `JS heap after ${m.runs.late} / ${m.runs.early} chat runs, one conversation (it grows by ${m.runs.late - m.runs.early} exchanges)`,
        `${growth(m.oneConversation)}, ${m.oneConversation.perRunKB} KB per exchange`,
        'reported',
      );
    }
  }
}

/** The slowest key of a typing measure, with the main thread's CPU time over it when sampled. */
function slowestKey(t) {
  if (!t.worst) return '';
  const cpu = t.worst.cpuMs === undefined ? '' : `, ${t.worst.cpuMs} ms of it on the CPU`;
  return `; slowest key ${Math.round(t.worst.durationMs)} ms${cpu}`;
}
