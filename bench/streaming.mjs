// 3. Streaming overhead: the app against a bare fetch + reader + <pre> page,
// both reading the same scripted SipPulse stream.
import { seededPage, sipPulseState } from './lib.mjs';

export async function streamingOverhead(browser, site, api, chunks) {
  const text = 'ab '.repeat(chunks).slice(0, chunks * 2);
  const script = { kind: 'text', text, chunkSize: 2, times: 1 };
  // Bare page baseline.
  const bare = await seededPage(browser, sipPulseState(api.url));
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
    baselineComplete: baseline.ok,
  };
}
