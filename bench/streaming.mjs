// 3. Streaming overhead: the app against a bare fetch + reader + <pre> page,
// both reading the same scripted SipPulse stream, each after reading it once
// unmeasured. Rounds alternate bare and app, so a burst of load on the machine
// hits both sides; the ratio is the median of the per-round ratios, over nine
// rounds. run.mjs gives the fixture server and the browser CPUs of their own
// where it can (pinning.mjs): shared, single rounds of the same build ranged
// from 0.6 to 2.2.
import {
  bareStreamRun,
  longFrames,
  longTasksAround,
  runEnded,
  median,
  round,
  warmedAppWithScript,
  warmStreamPath,
} from './lib.mjs';

async function appRun(browser, site, api, script, expected) {
  const app = await warmedAppWithScript(browser, site, api, { script });
  const { ms, t0 } = await app.page.evaluate(async (length) => {
    const t0 = performance.now();
    const send = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Send');
    send.click();
    const complete = () => {
      const answers = document.querySelectorAll(
        'article[aria-label="assistant message"] .message-text',
      );
      const last = answers[answers.length - 1];
      return !!last && last.textContent.length >= length;
    };
    // Checked as the DOM changes, not by polling frames: a poll in a frame
    // callback runs before the app's own frame callback updates the DOM, so
    // it saw the last words a frame after the frame that painted them.
    const doneAt = await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!complete()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    return { ms: doneAt - t0, t0 };
  }, expected);
  // The long-task list covers the run's end too (the answer becoming a finished message).
  await runEnded(app.page);
  const { before, during, after } = await longTasksAround(app.page, t0);
  const frames = await longFrames(app.page, t0);
  await app.context.close();
  return { ms, longTasks: [...during, ...after], longTasksBefore: before, frames };
}

export async function streamingOverhead(browser, site, api, chunks, { rounds = 9 } = {}) {
  const text = 'ab '.repeat(chunks).slice(0, chunks * 2);
  const script = { kind: 'text', text, chunkSize: 2, times: 1 };
  const bareMs = [];
  const appMs = [];
  const ratios = [];
  const longest = [];
  const longestBefore = [];
  const longFramesByRound = [];
  let baselineComplete = true;
  await warmStreamPath(browser, site, api, script);
  for (let r = 0; r < rounds; r++) {
    const bare = await bareStreamRun(browser, site, api, script);
    baselineComplete &&= bare.text === text;
    const app = await appRun(browser, site, api, script, text.length);
    bareMs.push(Math.round(bare.ms));
    appMs.push(Math.round(app.ms));
    ratios.push(round(app.ms / bare.ms, 2));
    longest.push(Math.round(Math.max(0, ...app.longTasks)));
    longestBefore.push(Math.round(Math.max(0, ...app.longTasksBefore)));
    if (app.frames.length) longFramesByRound.push({ round: r, frames: app.frames });
  }
  return {
    chunks,
    appMs: median(appMs),
    baselineMs: median(bareMs),
    ratio: median(ratios),
    rounds: {
      appMs,
      baselineMs: bareMs,
      ratios,
      longestTaskMs: longest,
      longestTaskBeforeSendMs: longestBefore,
    },
    longestTaskMs: Math.max(...longest),
    longestTaskBeforeSendMs: Math.max(...longestBefore),
    longFrames: longFramesByRound,
    baselineComplete,
  };
}
