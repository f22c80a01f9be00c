// 4. Markdown-heavy streaming: headings, lists, tables, code fences in several
// languages, streamed in 5,000 chunks. The app (markdown rendering, sanitising,
// highlighting of finished fences) against a bare page that reads the same
// stream with fetch and a reader and appends the text to a <pre>, each after
// reading the same stream once unmeasured. Each side is done when a sentinel
// paragraph at the very end is on screen; the app is also timed until the
// whole answer is formatted (text that outran the screen shows as source
// first). Rounds alternate bare and app; the ratio is the median of the
// per-round ratios, over nine rounds: the bare page's time is short (45-75 ms
// with the CPUs split, see pinning.mjs) and depends on how the server's
// writes are batched into reads, so single rounds spread from 1.2 to 2.1.
import {
  bareStreamRun,
  longFrames,
  longTasksAround,
  median,
  round,
  warmedAppWithScript,
  warmStreamPath,
} from './lib.mjs';

const SENTINEL = 'End of the markdown bench stream.';
/** What an answer shows while any of it is not formatted yet: blocks left as source, the pending end. */
const UNFORMATTED = '[data-unrendered], .md-pending, .md-end';

function section(i) {
  return [
    `## Section ${i}: results`,
    '',
    `Some **bold** text, some _emphasis_, \`inline code\` and a [link](https://example.com/${i}).`,
    '',
    `- item one of ${i}`,
    '- item two, with `code`',
    '  - a nested item',
    '1. first step',
    '2. second step',
    '',
    '| name | value | note |',
    '| --- | ---: | :---: |',
    `| alpha | ${i} | ok |`,
    `| beta | ${i * 2} | **bold** |`,
    `| gamma | ${i * 3} | \`x\` |`,
    '',
    i % 2 ? '```ts' : '```python',
    i % 2
      ? `export function f${i}(x: number): number {\n  return x * ${i}; // comment\n}`
      : `def f${i}(x):\n    """Docstring."""\n    return x * ${i}`,
    '```',
    '',
    `> A quote in section ${i}.`,
    '',
  ].join('\n');
}

/** Exactly `chunks × chunkSize` characters of markdown, ending with the sentinel paragraph. */
export function markdownFixture(chunks, chunkSize) {
  const length = chunks * chunkSize;
  const tail = `\n\n${SENTINEL}`;
  let body = '';
  for (let i = 1; body.length + tail.length < length - 400; i++) body += section(i);
  const pad = length - body.length - tail.length - 2;
  const filler = 'words '.repeat(Math.ceil(pad / 6)).slice(0, pad);
  return `${body}\n\n${filler}${tail}`;
}

async function bareRun(browser, site, api, script) {
  const { ms, text } = await bareStreamRun(browser, site, api, script);
  if (!text.endsWith(SENTINEL)) throw new Error('bare page: stream incomplete');
  return ms;
}

async function appRun(browser, site, api, script) {
  // The warm-up answer is formatted in full before it is cleared: its
  // formatting must not run into the measured stream.
  const app = await warmedAppWithScript(browser, site, api, {
    script,
    warmed: (page) =>
      page.waitForFunction(
        (unformatted) =>
          !document.querySelector(`article[aria-label="assistant message"] :is(${unformatted})`),
        UNFORMATTED,
        { polling: 100 },
      ),
  });
  const times = await app.page.evaluate(
    async ([sentinel, unformatted]) => {
      const t0 = performance.now();
      const send = () =>
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Send');
      send().click();
      const lastAnswer = () =>
        [...document.querySelectorAll('article[aria-label="assistant message"]')].at(-1);
      const frameWhen = (done) =>
        new Promise((resolve) => {
          const check = () => (done() ? resolve() : requestAnimationFrame(check));
          check();
        });
      // The last words are seen as the DOM changes, not by polling frames: a
      // poll in a frame callback runs before the app's own frame callback
      // updates the DOM, so it saw them a frame after the frame that painted them.
      const lastWordsAt = await new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!lastAnswer()?.textContent.includes(sentinel)) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      const ms = lastWordsAt - t0;
      await frameWhen(() => send() !== undefined);
      const endedAt = performance.now();
      // Text that outran the screen shows as source first and is formatted
      // after; this is when no block is left as source.
      await frameWhen(() => !lastAnswer().querySelector(unformatted));
      return { t0, ms, endedAt, formattedMs: performance.now() - t0 };
    },
    [SENTINEL, UNFORMATTED],
  );
  const { before, during, after } = await longTasksAround(app.page, times.t0, times.endedAt);
  const frames = await longFrames(app.page, times.t0);
  await app.context.close();
  return {
    ms: times.ms,
    formattedMs: times.formattedMs,
    longTasks: during,
    longTasksAfter: after,
    longTasksBefore: before,
    frames,
  };
}

export async function markdownStreamOverhead(
  browser,
  site,
  api,
  { chunks = 5000, chunkSize = 8, rounds = 9 } = {},
) {
  const text = markdownFixture(chunks, chunkSize);
  const script = { kind: 'text', text, chunkSize, times: 1 };
  const bareMs = [];
  const appMs = [];
  const formattedMs = [];
  const ratios = [];
  const longest = [];
  const longestAfter = [];
  const longestBefore = [];
  const longFramesByRound = [];
  await warmStreamPath(browser, site, api, script);
  for (let r = 0; r < rounds; r++) {
    const b = await bareRun(browser, site, api, script);
    const a = await appRun(browser, site, api, script);
    bareMs.push(Math.round(b));
    appMs.push(Math.round(a.ms));
    formattedMs.push(Math.round(a.formattedMs));
    ratios.push(round(a.ms / b, 2));
    longest.push(Math.round(Math.max(0, ...a.longTasks)));
    longestAfter.push(Math.round(Math.max(0, ...a.longTasksAfter)));
    longestBefore.push(Math.round(Math.max(0, ...a.longTasksBefore)));
    if (a.frames.length) longFramesByRound.push({ round: r, frames: a.frames });
  }
  return {
    chunks,
    chars: text.length,
    fences: (text.match(/^```\w+$/gm) ?? []).length,
    tables: (text.match(/^\| name/gm) ?? []).length,
    appMs: median(appMs),
    formattedMs: median(formattedMs),
    baselineMs: median(bareMs),
    ratio: median(ratios),
    rounds: {
      appMs,
      formattedMs,
      baselineMs: bareMs,
      ratios,
      longestTaskMs: longest,
      longestTaskAfterMs: longestAfter,
      longestTaskBeforeSendMs: longestBefore,
    },
    longestTaskMs: Math.max(...longest),
    longestTaskAfterMs: Math.max(...longestAfter),
    longestTaskBeforeSendMs: Math.max(...longestBefore),
    longFrames: longFramesByRound,
  };
}
