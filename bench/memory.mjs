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
import { heapAfterGc, heapDataAfterGc, round, seededPage, sipPulseState } from './lib.mjs';

/** Each answer: 2,000 characters in 500 chunks. */
const ANSWER = 'lorem ipsum dolor sit amet, '.repeat(72).slice(0, 2000);

async function chatRun(page, api, n) {
  await fetch(`${api.url}/__script`, {
    method: 'POST',
    body: JSON.stringify({ kind: 'text', text: ANSWER, chunkSize: 4, times: 1 }),
  });
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(`Question ${n}`);
  const send = page.getByRole('button', { name: 'Send', exact: true });
  await send.click();
  await send.waitFor();
  await page
    .locator('article[aria-label="assistant message"]')
    .last()
    .getByLabel('Run statistics')
    .waitFor();
}

async function series(browser, site, api, { early, late, clear }) {
  const { context, page } = await seededPage(browser, sipPulseState(api.url));
  await page.goto(site.url);
  await page.getByRole('combobox', { name: 'Model', exact: true }).waitFor();
  let afterEarly = 0;
  let afterLate = 0;
  let dataEarly = 0;
  let dataLate = 0;
  for (let n = 1; n <= late; n++) {
    if (clear && n > 1) await page.getByRole('button', { name: 'Clear conversation' }).click();
    await chatRun(page, api, n);
    if (n === early) {
      afterEarly = await heapAfterGc(page);
      dataEarly = await heapDataAfterGc(page);
    }
    if (n === late) {
      afterLate = await heapAfterGc(page);
      dataLate = await heapDataAfterGc(page);
    }
  }
  const answers = await page.locator('article[aria-label="assistant message"]').count();
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

export async function heapAcrossRuns(browser, site, api, { early = 5, late = 20 } = {}) {
  return {
    runs: { early, late },
    answerChars: ANSWER.length,
    oneConversation: await series(browser, site, api, { early, late, clear: false }),
    clearedEachRun: await series(browser, site, api, { early, late, clear: true }),
  };
}
