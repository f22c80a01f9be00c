// 3. Streaming overhead: the app against a bare fetch + reader + <pre> page,
// both reading the same scripted SipPulse stream.
import { bareStreamRun, seededPage, sipPulseState } from './lib.mjs';

export async function streamingOverhead(browser, site, api, chunks) {
  const text = 'ab '.repeat(chunks).slice(0, chunks * 2);
  const script = { kind: 'text', text, chunkSize: 2, times: 1 };
  const baseline = await bareStreamRun(browser, site, api, script);

  const app = await seededPage(browser, sipPulseState(api.url));
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
    baselineComplete: baseline.text === text,
  };
}
