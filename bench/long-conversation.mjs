// 5. A long conversation: 500 messages, about 1 MB of text, restored from
// localStorage. Time from navigation to its last message painted, then the
// responsiveness of typing into the composer under it (Event Timing), and the
// JS heap it costs (measure 7).
import {
  cpuOfLongTasks,
  heapAfterGc,
  inBrowserState,
  median,
  percentile,
  rendererPids,
  rendererStartedSince,
  round,
  sampleMainThread,
  seededPage,
} from './lib.mjs';

const MESSAGES = 500;
const TOTAL_CHARS = 1_000_000;
const END_MARK = `(message ${MESSAGES} of ${MESSAGES})`;
/** Typed with a pause between keys, as a person types, so each key gets its own frame. */
const TYPED = 'the quick brown fox jumps over';
const KEY_DELAY_MS = 60;
const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup']);

const WORDS = (
  'the a little girl boy dog cat tree house garden sun moon star river ball book friend ' +
  'mother father teacher school park happy sad big small red blue green played ran saw ' +
  'found wanted said looked smiled jumped walked gave made went came very then and but ' +
  'because when after before with under over into every day night morning together again'
).split(' ');

/** A small seeded generator, so every run restores the very same conversation. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences in paragraphs, about `chars` long. */
function prose(next, chars) {
  const paragraphs = [];
  let length = 0;
  while (length < chars) {
    const sentences = [];
    const count = 2 + Math.floor(next() * 4);
    for (let i = 0; i < count; i++) {
      const words = Array.from(
        { length: 6 + Math.floor(next() * 14) },
        () => WORDS[Math.floor(next() * WORDS.length)],
      );
      const sentence = words.join(' ');
      sentences.push(`${sentence[0].toUpperCase()}${sentence.slice(1)}.`);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** User turns short, answers long (with their run footer), about TOTAL_CHARS in all. */
export function longConversation() {
  const next = random(8);
  const mean = TOTAL_CHARS / MESSAGES;
  const messages = [];
  for (let i = 1; i <= MESSAGES; i++) {
    const user = i % 2 === 1;
    const target = (user ? 0.3 : 1.7) * mean * (0.5 + next());
    let content = prose(next, target);
    if (i === MESSAGES) content += ` ${END_MARK}`;
    const message = { id: `m${i}`, role: user ? 'user' : 'assistant', content };
    if (!user) {
      const outputTokens = Math.round(content.length / 4);
      message.run = {
        status: 'done',
        model: 'stories260K',
        finishReason: 'stop',
        usage: { inputTokens: 40, outputTokens, totalTokens: 40 + outputTokens },
        ttftMs: 30,
        durationMs: Math.round(outputTokens * 3),
        tokensPerSecond: 330,
      };
    }
    messages.push(message);
  }
  return messages;
}

/** Runs in the page before the app: notes when the last message is in the DOM and painted. */
function watchLastMessage(mark) {
  const observer = new MutationObserver(() => {
    const last = document.querySelector('ol.conversation > li:last-child .message-text');
    if (!last?.textContent?.endsWith(mark)) return;
    observer.disconnect();
    const inDomAt = performance.now();
    // The frame's rendering runs after rAF callbacks; a task queued there runs after the paint.
    requestAnimationFrame(() =>
      setTimeout(() => {
        window.__lastMessage = { inDomAt, paintedAt: performance.now() };
      }, 0),
    );
  });
  observer.observe(document, { subtree: true, childList: true });
}

async function loadOnce(browser, site, persisted) {
  const before = rendererPids();
  const { context, page } = await seededPage(browser, persisted);
  await page.addInitScript(watchLastMessage, END_MARK);
  await page.goto(site.url);
  const timing = await (
    await page.waitForFunction(() => window.__lastMessage, undefined, { timeout: 60_000 })
  ).jsonValue();
  return { context, page, timing, rendererPid: rendererStartedSince(before) };
}

/**
 * Event Timing of each keystroke typed into the composer. A key's duration is
 * the longest of its events (keydown, keypress, keyup share an interactionId):
 * from the key press to the next paint. Keys whose events all took under 16 ms
 * are not reported by the browser and count as under 16 ms.
 */
async function typingLatency(page, rendererPid) {
  const box = page.getByRole('textbox', { name: 'Message', exact: true });
  await box.click();
  // The renderer main thread's CPU over the typing and over its slowest key:
  // a key far slower than its CPU time waited for a core.
  const sampler = await sampleMainThread(rendererPid);
  await page.evaluate(() => {
    window.__events = [];
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__events.push({
          name: e.name,
          interactionId: e.interactionId,
          startTime: e.startTime,
          duration: e.duration,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
  // Entries are delivered after the frame they ended in.
  await page.waitForTimeout(300);
  const typed = await box.inputValue();
  const { events, longTasks, origin } = await page.evaluate(() => ({
    events: window.__events,
    longTasks: window.__longTasks,
    origin: performance.timeOrigin,
  }));
  const samples = await sampler?.stop();
  const byKey = new Map();
  for (const e of events) {
    // The click that focused the box can still be reported after the observer started.
    if (!e.interactionId || !KEY_EVENTS.has(e.name)) continue;
    const worst = byKey.get(e.interactionId);
    if (!worst || e.duration > worst.duration) byKey.set(e.interactionId, e);
  }
  const slow = [...byKey.values()];
  const durations = [
    ...slow.map((e) => e.duration),
    ...Array(Math.max(0, TYPED.length - slow.length)).fill(0),
  ];
  const p95 = percentile(durations, 95);
  // Where a slow key's time went: waiting for the main thread, handlers, then rendering.
  const parts = (e) => ({
    inputDelayMs: round(e.processingStart - e.startTime),
    handlersMs: round(e.processingEnd - e.processingStart),
    renderMs: round(e.startTime + e.duration - e.processingEnd),
  });
  const worst = slow.sort((a, b) => b.duration - a.duration)[0];
  const cpu = (start, ms) => {
    const [task] = cpuOfLongTasks([{ start, ms }], origin, samples);
    return task.cpuMs === undefined ? {} : { cpuMs: task.cpuMs, runQueueMs: task.runQueueMs };
  };
  const whole = samples?.length > 1 && {
    wallMs: round(samples.at(-1).at - samples[0].at),
    cpuMs: round((samples.at(-1).runNs - samples[0].runNs) / 1e6),
    runQueueMs: round((samples.at(-1).waitNs - samples[0].waitNs) / 1e6),
  };
  return {
    keys: TYPED.length,
    typedCorrectly: typed.endsWith(TYPED),
    /** 0 means every key but a twentieth took under 16 ms to its next paint. */
    p95Ms: p95,
    maxMs: Math.max(0, ...durations),
    keysOver16Ms: slow.length,
    worst: worst
      ? {
          event: worst.name,
          durationMs: worst.duration,
          ...parts(worst),
          ...cpu(worst.startTime, worst.duration),
        }
      : null,
    longTasksMs: longTasks.map(Math.round),
    /** The whole typing: wall time, and the renderer main thread's CPU and run-queue wait. */
    mainThread: whole || null,
  };
}

export async function longConversationCost(browser, site, { loads = 3 } = {}) {
  const messages = longConversation();
  const chars = messages.reduce((n, m) => n + m.content.length, 0);
  const persisted = inBrowserState({ messages });
  const painted = [];
  const inDom = [];
  let last;
  for (let i = 0; i < loads; i++) {
    await last?.context.close();
    last = await loadOnce(browser, site, persisted);
    painted.push(last.timing.paintedAt);
    inDom.push(last.timing.inDomAt);
  }
  const { page, context } = last;
  const rendered = await page.locator('ol.conversation > li').count();
  const heapBytes = await heapAfterGc(page);
  const typing = await typingLatency(page, last.rendererPid);
  await context.close();
  // The same typing with no conversation: what the 500 messages add to it.
  const before = rendererPids();
  const empty = await seededPage(browser, inBrowserState());
  await empty.page.goto(site.url);
  const typingEmpty = await typingLatency(empty.page, rendererStartedSince(before));
  await empty.context.close();
  return {
    messages: MESSAGES,
    renderedMessages: rendered,
    textKB: Math.round(chars / 1024),
    storedKB: Math.round(JSON.stringify(persisted).length / 1024),
    lastMessagePaintedMs: Math.round(median(painted)),
    lastMessagePaintedRunsMs: painted.map(Math.round),
    lastMessageInDomMs: Math.round(median(inDom)),
    heapBytes,
    typing,
    typingEmpty,
  };
}
