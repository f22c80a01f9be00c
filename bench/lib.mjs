// Shared by the bench measures: statistics, the app's persisted state, fresh
// pages with that state seeded, and JS heap readings through CDP.

import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export const STATE_KEY = 'llm-playground:state';
export const API_KEY = 'test-key';
export const SIPPULSE_ID = 'sippulse';

export const IN_BROWSER_CONNECTION = {
  id: 'in-browser',
  name: 'In-browser (llama.cpp)',
  provider: 'inbrowser',
  preset: 'inbrowser',
  baseUrl: '',
  model: 'stories260K',
};

/** Upper median: the middle run for odd counts, as every measure here uses. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Nearest-rank percentile (p in 0…100): a value that was actually observed. */
export function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round = (x, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;
export const kb = (bytes) => Math.round(bytes / 102.4) / 10;
export const mb = (bytes) => Math.round(bytes / 104857.6) / 10;

/** Persisted state (version 2) with the in-browser engine active. */
export function inBrowserState(extra = {}) {
  return {
    state: {
      connections: [IN_BROWSER_CONNECTION],
      activeConnectionId: IN_BROWSER_CONNECTION.id,
      ...extra,
    },
    version: 2,
  };
}

/** Persisted state (version 2) connected to the SipPulse fixture with gpt-4o picked. */
export function sipPulseState(baseUrl, extra = {}) {
  return {
    state: {
      connections: [
        IN_BROWSER_CONNECTION,
        {
          id: SIPPULSE_ID,
          name: 'SipPulse',
          provider: 'sippulse',
          preset: 'sippulse',
          baseUrl,
          model: 'gpt-4o',
        },
      ],
      activeConnectionId: SIPPULSE_ID,
      ...extra,
    },
    version: 2,
  };
}

/**
 * A page in a context of its own (no cache, no storage shared with other
 * runs), with `persisted` in localStorage and the SipPulse key in
 * sessionStorage before the app's first script runs.
 */
export async function seededPage(browser, persisted) {
  const context = await browser.newContext();
  if (persisted) {
    await context.addInitScript(
      ([stateKey, state, keyName, key]) => {
        // Init scripts run on every navigation; seed only once per context.
        if (sessionStorage.getItem('bench:seeded')) return;
        sessionStorage.setItem('bench:seeded', '1');
        sessionStorage.setItem(keyName, key);
        localStorage.setItem(stateKey, state);
      },
      [STATE_KEY, JSON.stringify(persisted), `llm-playground:api-key:${SIPPULSE_ID}`, API_KEY],
    );
  }
  const page = await context.newPage();
  return { context, page };
}

/** JS heap in use after forcing garbage collection (twice: finalisers free more). */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  if (!used) throw new Error('CDP reported no JSHeapUsedSize');
  return used.value;
}

/**
 * The JS heap's objects after forced garbage collection, without compiled
 * code: a heap snapshot's self sizes, leaving out nodes of type "code". V8
 * keeps optimising the paths repeated runs warm up, and that code is most of
 * what grows from run 5 to run 20 although nothing is retained; a leak shows
 * here.
 */
export async function heapDataAfterGc(page) {
  await heapAfterGc(page);
  const cdp = await page.context().newCDPSession(page);
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (nodes[i + typeAt] !== code) bytes += nodes[i + sizeAt];
  }
  return bytes;
}

/**
 * Resolves when the run has ended (Send is back). A cheap in-page check
 * instead of a role locator: Playwright's role query walks the whole page
 * computing accessible names, and with a long answer on screen each poll
 * is a long task of its own that the measure would count as the app's.
 */
export function runEnded(page) {
  return page.waitForFunction(
    () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Send'),
    null,
    { polling: 100 },
  );
}

/**
 * The baseline both streaming measures compare against: a bare page
 * (bench/pages/bare-stream.html) that posts the scripted SipPulse stream with
 * fetch, reads it with a reader and appends each delta to a `<pre>`. Like the
 * app, it reads the same stream once unmeasured (see warmedAppWithScript),
 * and the machine settles before the timed read. Resolves with the time to
 * the next frame after the last delta and the text it received.
 */
export async function bareStreamRun(browser, site, api, script) {
  const bare = await seededPage(browser, null);
  await bare.page.goto(`${site.origin}/bench/bare-stream.html`);
  const url = `${api.url}/v1/llms/completion`;
  await fetch(`${api.url}/__script`, { method: 'POST', body: JSON.stringify(script) });
  const warm = await bare.page.evaluate((u) => window.readStream(u), url);
  if (warm.text.length === 0) throw new Error('bare page: warm-up stream empty');
  await fetch(`${api.url}/__script`, { method: 'POST', body: JSON.stringify(script) });
  await settled();
  const result = await bare.page.evaluate((u) => window.readStream(u), url);
  await bare.context.close();
  return result;
}

/**
 * Streams `script` to bare pages a few times, unmeasured, before a measure's
 * rounds: the first rounds of a run were slower on both sides (bare pages
 * 210-360 ms against 70-110 ms later for the same stream), the fixture
 * server's and the browser's network code still warming up.
 */
export async function warmStreamPath(browser, site, api, script, times = 3) {
  for (let i = 0; i < times; i++) await bareStreamRun(browser, site, api, script);
}

/**
 * The app, connected to `api`, after it has answered with `script` once,
 * unmeasured, and `warmed(page)` (if given) says it is done, the machine
 * settled, with the conversation cleared again and `script` queued
 * for the measured run; long tasks are recorded from then on: durations in
 * `window.__longTasks`, start times in `window.__longTaskStarts`, and the long
 * animation frames around them in `window.__longFrames` (see `longFrames`).
 *
 * The warm-up is the measured stream itself, as on the bare page: it loads
 * the chunks an answer needs and lets V8 optimise the code that streaming
 * runs, so the measure is of streaming, not of a page's first answer. With a
 * short warm-up answer instead, V8 spent about 42 ms compiling the app's code
 * on the browser's one CPU during each measured markdown stream (traced), and
 * the median ratio was 1.96 against 1.55 warmed by the stream (same build,
 * 10 rounds each, pinned; see pinning.mjs). The 20,000-chunk stream, whose
 * code a short answer already warms, did not move (1.22 against 1.31).
 *
 * The renderer's CPU is not sampled here, although `sampleMainThread` could
 * split each long task into work and waiting: a /proc read every 4 ms on the
 * bench's side slowed the app's rounds and not the bare page's. Same build,
 * 15 rounds each: median ratio 1.06 without it against 1.54 with it, on the
 * markdown stream.
 */
export async function warmedAppWithScript(browser, site, api, { warmed = async () => {}, script }) {
  const app = await seededPage(browser, sipPulseState(api.url));
  await app.page.goto(site.url);

  await app.page.getByRole('combobox', { name: 'Model', exact: true }).waitFor();
  await fetch(`${api.url}/__script`, { method: 'POST', body: JSON.stringify(script) });
  const composer = app.page.getByRole('textbox', { name: 'Message', exact: true });
  await composer.fill('warm up');
  await app.page.getByRole('button', { name: 'Send', exact: true }).click();
  await runEnded(app.page);
  await warmed(app.page);
  await settled();
  await app.page.getByRole('button', { name: 'Clear conversation' }).click();
  await fetch(`${api.url}/__script`, { method: 'POST', body: JSON.stringify(script) });
  await app.page.evaluate(() => {
    window.__longTasks = [];
    window.__longTaskStarts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__longTasks.push(e.duration);
        window.__longTaskStarts.push(e.startTime);
      }
    }).observe({ type: 'longtask', buffered: false });
    // What a long task was: its frame's scripts (which function, called how),
    // and how long the frame's style and layout took.
    window.__longFrames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        // Shorter frames too: a long task may straddle two frames.
        if (e.duration <= 30) continue;
        const end = e.startTime + e.duration;
        window.__longFrames.push({
          startMs: Math.round(e.startTime),
          ms: Math.round(e.duration),
          blockingMs: Math.round(e.blockingDuration),
          // All scripts' time: far below the frame's means the thread was not running them
          // (another process had the core, or the renderer was busy elsewhere).
          scriptMs: Math.round(e.scripts.reduce((sum, x) => sum + x.duration, 0)),
          styleAndLayoutMs: e.styleAndLayoutStart ? Math.round(end - e.styleAndLayoutStart) : 0,
          scripts: e.scripts
            .filter((x) => x.duration >= 5)
            .map((x) => ({
              ms: Math.round(x.duration),
              by: `${x.invokerType} ${x.invoker}`.slice(0, 80),
              fn: `${x.sourceFunctionName || '(anonymous)'} ${x.sourceURL.split('/').pop()}`,
              forcedLayoutMs: Math.round(x.forcedStyleAndLayoutDuration),
            })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
  });
  await composer.fill('x');
  await settled();
  return app;
}

/** The machine's CPU time so far, busy and in all, in clock ticks (Linux /proc/stat; null elsewhere). */
function cpuTotals() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const ticks = fields.map(Number);
    const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
    // idle and iowait are the 4th and 5th fields.
    return { busy: total - ticks[3] - ticks[4], total };
  } catch {
    return null;
  }
}

/** How busy the machine may be, as a share of all its cores, for a timed round to start. */
const QUIET_SHARE = 0.2;

/**
 * Resolves once the machine has been quiet for 100 ms (under QUIET_SHARE of
 * its CPUs busy), or after `maxMs`. A round's page comes with work that is
 * not the round's: the context's processes starting (Chromium starts a spare
 * renderer too), the previous round's closing, the bench server's garbage
 * collection. Timed on 2 cores, a stream read at the same time took from 90
 * to 560 ms for the same bytes.
 */
export async function settled(maxMs = 3000) {
  const start = Date.now();
  let last = cpuTotals();
  if (!last) return;
  while (Date.now() - start < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = cpuTotals();
    const share = (now.busy - last.busy) / Math.max(1, now.total - last.total);
    last = now;
    if (share < QUIET_SHARE) return;
  }
}

/**
 * A run's long tasks (durations), split at the press of Send (`t0`) and at
 * the run's end: `before` ended before the request was made (clearing the
 * warm-up, typing), so it is not streaming's; `during` is the stream's;
 * `after` started once the run had ended.
 */
export async function longTasksAround(page, t0, endedAt = Infinity) {
  const tasks = await page.evaluate(() =>
    window.__longTasks.map((ms, i) => ({ ms, start: window.__longTaskStarts[i] })),
  );
  const pick = (keep) => tasks.filter(keep).map((t) => t.ms);
  return {
    before: pick((t) => t.start + t.ms <= t0),
    during: pick((t) => t.start + t.ms > t0 && t.start < endedAt),
    after: pick((t) => t.start >= endedAt),
  };
}

/**
 * The long animation frames (over 30 ms) of a measured run that overlap a
 * long task, each with those tasks, from `warmedAppWithScript`'s records,
 * with start times relative to `t0`: results.json keeps them for rounds over
 * the budget, so a figure over it says what the work was.
 */
export async function longFrames(page, t0 = 0) {
  const tasks = await page.evaluate(() =>
    window.__longTaskStarts.map((start, i) => ({ start, ms: window.__longTasks[i] })),
  );
  const frames = await page.evaluate(() => window.__longFrames);
  const overlaps = (t, f) => t.start < f.startMs + f.ms && t.start + t.ms > f.startMs;
  const relative = ({ start, ms }) => ({ startMs: Math.round(start - t0), ms: Math.round(ms) });
  const framed = frames.flatMap((f) => {
    const overlapping = tasks.filter((t) => overlaps(t, f));
    if (overlapping.length === 0) return [];
    return [{ ...f, startMs: Math.round(f.startMs - t0), longTasks: overlapping.map(relative) }];
  });
  // A long task in no long frame (not seen yet) would otherwise leave no trace.
  const alone = tasks
    .filter((t) => !frames.some((f) => overlaps(t, f)))
    .map((t) => ({ noFrame: true, ...relative(t) }));
  return [...framed, ...alone];
}

/**
 * The renderer of a page opened since `before` (a `rendererPids()` set):
 * Chromium also starts a spare one, so of those started since, the one that
 * has done the most work. Null where /proc is not.
 */
export function rendererStartedSince(before) {
  const started = [...rendererPids()].filter((pid) => !before.has(pid));
  return started.sort((a, b) => cpuTicks(b) - cpuTicks(a))[0] ?? null;
}

/** Chromium renderer processes now running (Linux /proc; empty elsewhere). */
export function rendererPids() {
  const pids = new Set();
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return pids;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('--type=renderer'))
        pids.add(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

/** A process's user and system CPU time so far, in clock ticks (0 when gone). */
function cpuTicks(pid) {
  try {
    // After the parenthesised command name: utime and stime are the 12th and 13th fields.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

// Runs in a worker thread: the bench's own thread also serves the fixture
// stream, which can hold its event loop for a second at a time.
const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const samples = [];
const read = () => {
  try {
    const [runNs, waitNs] = readFileSync(workerData.path, 'utf8').split(' ').map(Number);
    samples.push({ at: performance.timeOrigin + performance.now(), runNs, waitNs });
  } catch {
    // The process ended.
  }
};
read();
const timer = setInterval(read, 4);
parentPort.postMessage('ready');
parentPort.once('message', () => {
  clearInterval(timer);
  read();
  parentPort.postMessage(samples);
});
`;

/**
 * Samples a renderer main thread's scheduler counters (time on a CPU, time
 * waiting for one) every few milliseconds until `stop()` (which resolves
 * with the samples), so a long task can be split into the thread's own work
 * and time it was ready but not running (see `cpuOfLongTasks`). Resolves
 * once sampling runs; null without a pid.
 */
export async function sampleMainThread(pid) {
  if (!pid) return null;
  const worker = new Worker(SAMPLER, {
    eval: true,
    workerData: { path: `/proc/${pid}/task/${pid}/schedstat` },
  });
  await new Promise((resolve) => worker.once('message', resolve));
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.once('message', (samples) => {
          void worker.terminate();
          resolve(samples);
        });
        worker.postMessage('stop');
      }),
  };
}

/**
 * For each long task (start in page time, duration), the main thread's CPU
 * time and run-queue wait over the sampled span that contains it.
 */
export function cpuOfLongTasks(tasks, pageTimeOrigin, samples) {
  if (!samples || samples.length < 2) return tasks;
  return tasks.map((task) => {
    const from = pageTimeOrigin + task.start;
    const to = from + task.ms;
    const first = samples.findLast((s) => s.at <= from);
    const last = samples.find((s) => s.at >= to);
    if (!first || !last) return task;
    return {
      ...task,
      cpuMs: Math.round((last.runNs - first.runNs) / 1e6),
      runQueueMs: Math.round((last.waitNs - first.waitNs) / 1e6),
      sampledSpanMs: Math.round(last.at - first.at),
    };
  });
}
