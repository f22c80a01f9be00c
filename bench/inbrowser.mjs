// 6. In-browser engine: the app's generation speed against a bare wllama page
// (bench/pages/wllama-baseline.*) doing the same completion in the same
// browser, and the cold model load time of each.
//
// Both sides are timed the same way, inside the page: tokens ÷ (time the last
// generated text reached the DOM − time the first did). Tokens are llama.cpp's
// own count of generated tokens: usage.completion_tokens on the bare page, the
// footer's "N out" in the app (the same figure, passed through its usage).
// Greedy decoding (temperature 0), so both write the same text, which is checked.
import { inBrowserState, median, round, seededPage } from './lib.mjs';

export const PROMPT = 'Once upon a time';

/** The app's Complete tab set to `prompt`, temperature 0 and `maxTokens`. */
async function appPage(browser, site, maxTokens) {
  const { context, page } = await seededPage(browser, inBrowserState());
  await page.goto(site.url);
  await page
    .getByRole('combobox', { name: 'Model', exact: true })
    .filter({ hasText: 'stories260K' })
    .waitFor();
  await page.getByRole('tab', { name: 'Complete' }).click();
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill(PROMPT);
  await page.getByRole('spinbutton', { name: 'Temperature', exact: true }).fill('0');
  await page.getByRole('spinbutton', { name: 'Max tokens', exact: true }).fill(String(maxTokens));
  return { context, page };
}

async function barePage(browser, site) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}/bench/wllama-baseline.html`);
  await page.waitForFunction(() => window.bench?.ready === true);
  return { context, page };
}

/** Milliseconds from pressing the panel's "Load model" to "Ready: stories260K". */
async function appColdLoad(browser, site) {
  const { context, page } = await seededPage(browser, inBrowserState());
  await page.goto(site.url);
  const panel = page.getByRole('region', { name: 'In-browser engine' });
  const button = panel.getByRole('button', { name: 'Load model', exact: true });
  await button.waitFor();
  const ms = await page.evaluate(
    ([region, load]) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const ready = () =>
          region.querySelector('[role="status"]')?.textContent === 'Ready: stories260K';
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(region, { subtree: true, childList: true, characterData: true });
        load.click();
      }),
    [await panel.elementHandle(), await button.elementHandle()],
  );
  await context.close();
  return ms;
}

async function bareColdLoad(browser, site) {
  const { context, page } = await barePage(browser, site);
  const ms = await page.evaluate(() => window.bench.load());
  await context.close();
  return ms;
}

/** One Complete-mode run in the app, timed in the page as the bare page times itself. */
async function appRun(page) {
  await page.bringToFront();
  // The previous completion's text would otherwise be on screen when the next run starts.
  const discard = page.getByRole('button', { name: 'Discard', exact: true });
  if (await discard.isVisible()) await discard.click();
  const send = page.getByRole('button', { name: 'Send', exact: true });
  const timing = await page.evaluate(
    (button) =>
      new Promise((resolve) => {
        let firstAt;
        let lastAt;
        let length = 0;
        const completion = () => document.querySelector('section[aria-label="Completion"]');
        const observer = new MutationObserver(() => {
          const section = completion();
          const text = section?.querySelector('.completion-output')?.textContent ?? '';
          if (text.length > length) {
            length = text.length;
            lastAt = performance.now();
            firstAt ??= lastAt;
          }
          const stats = section?.getAttribute('aria-busy')
            ? null
            : section?.querySelector('[aria-label="Run statistics"]');
          if (!stats) return;
          observer.disconnect();
          resolve({ startAt, firstAt, lastAt, text, stats: stats.textContent });
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const startAt = performance.now();
        button.click();
      }),
    await send.elementHandle(),
  );
  const out = /([\d,]+) out/.exec(timing.stats)?.[1];
  const reported = /([\d.,]+) tok\/s/.exec(timing.stats)?.[1];
  return {
    ...timing,
    completionTokens: out === undefined ? undefined : Number(out.replaceAll(',', '')),
    reportedPerSecond: reported === undefined ? undefined : Number(reported.replaceAll(',', '')),
  };
}

async function bareRun(page, maxTokens) {
  await page.bringToFront();
  return page.evaluate((options) => window.bench.generate(options), {
    prompt: PROMPT,
    temperature: 0,
    max_tokens: maxTokens,
  });
}

const perSecond = (run) => run.completionTokens / ((run.lastAt - run.firstAt) / 1000);

export async function inBrowserThroughput(
  browser,
  site,
  { runs = 7, coldLoads = 5, maxTokens = 256 } = {},
) {
  const appLoads = [];
  const bareLoads = [];
  for (let i = 0; i < coldLoads; i++) {
    appLoads.push(await appColdLoad(browser, site));
    bareLoads.push(await bareColdLoad(browser, site));
  }

  const app = await appPage(browser, site, maxTokens);
  const bare = await barePage(browser, site);
  await bare.page.evaluate(() => window.bench.load());
  // Warm-up: the app loads its model here; both sides get their code hot.
  await appRun(app.page);
  await bareRun(bare.page, maxTokens);
  const appRuns = [];
  const bareRuns = [];
  // Interleaved, so drift in the machine's speed hits both sides alike.
  for (let i = 0; i < runs; i++) {
    appRuns.push(await appRun(app.page));
    bareRuns.push(await bareRun(bare.page, maxTokens));
  }
  await app.context.close();
  await bare.context.close();

  const appTps = appRuns.map(perSecond);
  const bareTps = bareRuns.map(perSecond);
  const appText = appRuns[0].text;
  return {
    prompt: PROMPT,
    maxTokens,
    temperature: 0,
    threads: 1,
    tokensCounted: 'usage.completion_tokens (app: the footer’s “N out”)',
    timed: 'first to last generated text in the DOM',
    completionTokens: { app: appRuns[0].completionTokens, bare: bareRuns[0].completionTokens },
    bareChunks: bareRuns[0].chunks,
    sameText: [...appRuns, ...bareRuns].every((r) => r.text === appText),
    appTokPerSec: round(median(appTps), 1),
    bareTokPerSec: round(median(bareTps), 1),
    ratio: round(median(appTps) / median(bareTps), 2),
    /** Each app run over the bare run right after it: less sensitive to the machine's drift. */
    pairedRatios: appTps.map((x, i) => round(x / bareTps[i], 2)),
    appRunsTokPerSec: appTps.map((x) => round(x, 1)),
    bareRunsTokPerSec: bareTps.map((x) => round(x, 1)),
    appReportedTokPerSec: appRuns.map((r) => r.reportedPerSecond),
    bareEngineTokPerSec: bareRuns.map((r) => round(r.enginePerSecond ?? NaN, 1)),
    coldLoad: {
      appMedianMs: Math.round(median(appLoads)),
      bareMedianMs: Math.round(median(bareLoads)),
      appRunsMs: appLoads.map(Math.round),
      bareRunsMs: bareLoads.map(Math.round),
    },
  };
}
