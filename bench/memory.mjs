// 7. Memory across runs: the JS heap (after forced GC) after 5 and after 20
// chat runs against the SipPulse fixture. Two series: each run after "Clear
// conversation", where the screen and the stores hold the same after run 5
// and after run 20 (one exchange shown, the one before it kept for Undo), so
// anything that grows is what runs leave behind: the budget (within 10%)
// applies to this series. And all runs in one conversation, as a user makes
// them: there the heap legitimately also holds 30 more messages (their text,
// markdown blocks, rendered rows), so it is reported as growth per exchange,
// not held to the 10%. Each point also has a heap snapshot's total without
// compiled code (V8 optimising the paths the runs warmed up is most of the raw
// growth, and is not retained data): the budget is checked on both.
//
// The runs are driven through CDP with one small helper defined in the page,
// not with Playwright locators: Playwright's injected script lives in the
// page's JS heap (about 0.4 MB) and its own code warms up with every locator
// call, growth the app would be charged with.
import { heapAfterGc, heapDataAfterGc, median, round, seededPage, sipPulseState } from './lib.mjs';

/** Each answer: 2,000 characters in 500 chunks. */
const ANSWER = 'lorem ipsum dolor sit amet, '.repeat(72).slice(0, 2000);
/** Series of the cleared runs; the median growth is the figure (single series of one build spread from 6.7 to 9.6%). */
const CLEARED_SERIES = 3;

const DRIVER = `window.__benchDrive = {
  button(name) {
    for (const b of document.querySelectorAll('button'))
      if (b.textContent === name || b.getAttribute('aria-label') === name) return b;
    return null;
  },
  click(name) {
    const b = this.button(name);
    if (!b || b.disabled) return false;
    b.click();
    return true;
  },
  ready() { return !!document.querySelector('[role="combobox"][aria-label="Model"]') && !!this.button('Send'); },
  focusMessage() {
    const t = document.querySelector('textarea[aria-label="Message"]');
    if (!t) return false;
    t.focus();
    return true;
  },
  answered(n) {
    const a = document.querySelectorAll('article[aria-label="assistant message"]');
    const last = a[a.length - 1];
    return a.length === n && !!last.querySelector('[aria-label="Run statistics"]') && !!this.button('Send');
  },
  answers() { return document.querySelectorAll('article[aria-label="assistant message"]').length; },
  /** Resolves true once this[step](arg) does (polled in the page), false after 30 s. */
  until(step, arg) {
    const deadline = Date.now() + 30000;
    return new Promise((resolve) => {
      const poll = () => {
        if (this[step](arg)) resolve(true);
        else if (Date.now() > deadline) resolve(false);
        else setTimeout(poll, 50);
      };
      poll();
    });
  },
}; true`;

/** Drives the chat through CDP: the same few short expressions every run. */
async function cdpDriver(page) {
  const cdp = await page.context().newCDPSession(page);
  const evaluate = async (expression) => {
    const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`bench driver: ${r.exceptionDetails.text}`);
    return r.result.value;
  };
  // One evaluation per step, polled in the page: each evaluation compiles its
  // expression, and polling from here would compile dozens per run.
  const until = async (step, arg, what) => {
    const call = `__benchDrive.until(${JSON.stringify(step)}, ${JSON.stringify(arg ?? null)})`;
    const r = await cdp.send('Runtime.evaluate', {
      expression: call,
      awaitPromise: true,
      returnByValue: true,
    });
    if (r.exceptionDetails || r.result.value !== true)
      throw new Error(`bench driver: timed out waiting for ${what}`);
  };
  await page.waitForLoadState('load');
  await evaluate(DRIVER);
  await until('ready', null, 'the model picker');
  return {
    evaluate,
    until,
    detach: () => cdp.detach(),
  };
}

async function chatRun(page, drive, api, n, expectedAnswers) {
  await fetch(`${api.url}/__script`, {
    method: 'POST',
    body: JSON.stringify({ kind: 'text', text: ANSWER, chunkSize: 4, times: 1 }),
  });
  await drive.until('focusMessage', null, 'the composer');
  await page.keyboard.insertText(`Question ${n}`);
  await drive.until('click', 'Send', 'Send');
  await drive.until('answered', expectedAnswers, `answer ${n}`);
}

async function series(browser, site, api, { early, late, clear }) {
  const { context, page } = await seededPage(browser, sipPulseState(api.url));
  await page.goto(site.url);
  const drive = await cdpDriver(page);
  let afterEarly = 0;
  let afterLate = 0;
  let dataEarly = 0;
  let dataLate = 0;
  for (let n = 1; n <= late; n++) {
    if (clear && n > 1) await drive.until('click', 'Clear conversation', 'Clear conversation');
    await chatRun(page, drive, api, n, clear ? 1 : n);
    if (n === early) {
      afterEarly = await heapAfterGc(page);
      dataEarly = await heapDataAfterGc(page);
    }
    if (n === late) {
      afterLate = await heapAfterGc(page);
      dataLate = await heapDataAfterGc(page);
    }
  }
  const answers = await drive.evaluate('__benchDrive.answers()');
  await drive.detach();
  await context.close();
  return {
    answersOnScreen: answers,
    heapAfterEarlyBytes: afterEarly,
    heapAfterLateBytes: afterLate,
    growth: round(afterLate / afterEarly - 1, 3),
    perRunKB: round((afterLate - afterEarly) / (late - early) / 1024, 1),
    /** The same without V8's compiled code (heap snapshots): what runs retain. */
    dataAfterEarlyBytes: dataEarly,
    dataAfterLateBytes: dataLate,
    dataGrowth: round(dataLate / dataEarly - 1, 3),
  };
}

/** The series with the median growth, and every series' growth for the spread. */
async function medianSeries(count, run) {
  const all = [];
  for (let i = 0; i < count; i++) all.push(await run());
  const mid = median(all.map((s) => s.growth));
  return {
    ...all.find((s) => s.growth === mid),
    series: count,
    growths: all.map((s) => s.growth),
    dataGrowths: all.map((s) => s.dataGrowth),
  };
}

export async function heapAcrossRuns(browser, site, api, { early = 5, late = 20 } = {}) {
  return {
    runs: { early, late },
    answerChars: ANSWER.length,
    oneConversation: await series(browser, site, api, { early, late, clear: false }),
    clearedEachRun: await medianSeries(CLEARED_SERIES, () =>
      series(browser, site, api, { early, late, clear: true }),
    ),
  };
}
