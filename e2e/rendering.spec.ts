import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, send, assistantMessages, waitIdle, openWithModel } from './support';

const GFM = [
  '## Plan',
  '',
  '| Step | Done |',
  '|------|:----:|',
  '| Lex  | yes  |',
  '',
  '- [x] write the parser',
  '- [ ] ship it',
  '',
  '```python',
  'def greet(name):',
  '    return f"Hello, {name}"',
  '```',
].join('\n');

const CODE = 'def greet(name):\n    return f"Hello, {name}"';

test('a GFM answer renders as a table, a task list and highlighted code with a working copy button', async ({
  page,
  api,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithModel(page, api, 'gpt-4o');
  await api.script({ kind: 'text', text: GFM, chunkSize: 9 });
  await send(page, 'a plan, please');
  await waitIdle(page);
  const answer = assistantMessages(page).last();

  await expect(answer.getByRole('heading', { name: 'Plan', level: 2 })).toBeVisible();
  const table = answer.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Step', 'Done']);
  await expect(table.getByRole('cell')).toHaveText(['Lex', 'yes']);
  const boxes = answer.getByRole('checkbox');
  await expect(boxes).toHaveCount(2);
  await expect(boxes.first()).toBeChecked();
  await expect(boxes.last()).not.toBeChecked();
  await expect(boxes.first()).toBeDisabled();
  // A task item shows its box, not a bullet beside it.
  const taskItem = answer.getByRole('listitem').filter({ has: page.getByRole('checkbox') });
  await expect(taskItem.first()).toHaveCSS('list-style-type', 'none');
  await expect(answer.getByRole('listitem').filter({ hasText: 'ship it' })).toBeVisible();

  const code = answer.locator('[data-md-code]');
  await expect(code).toHaveAttribute('data-highlighted', 'true');
  // shiki colours keywords: `def` is a span of its own with a colour.
  await expect(code.locator('pre.shiki span', { hasText: /^def$/ })).toHaveAttribute(
    'style',
    /color:/,
  );
  await expect(code).toContainText('python');
  await answer.getByRole('button', { name: 'Copy code' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Code copied to the clipboard.' }),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CODE);

  // Raw shows the source exactly, and switching back renders it again.
  const raw = answer.getByRole('button', { name: 'Raw' });
  await expect(raw).toHaveAttribute('aria-pressed', 'false');
  await raw.click();
  await expect(raw).toHaveAttribute('aria-pressed', 'true');
  await expect(answer.getByRole('table')).toHaveCount(0);
  expect(await answer.locator('.message-text').innerText()).toBe(GFM);
  await raw.click();
  await expect(answer.getByRole('table')).toBeVisible();
  await expect(answer.locator('[data-md-code]')).toHaveAttribute('data-highlighted', 'true');
  // User messages stay plain text.
  await expect(
    page.getByRole('article', { name: 'user message' }).getByRole('button', { name: 'Raw' }),
  ).toHaveCount(0);
});

/** A 1×1 transparent PNG. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test('hostile answers run no script, fetch no image until asked, and still show their text', async ({
  page,
  api,
}) => {
  // The "tracking" image host: counts what reaches it, and what the browser sent.
  const hits: { url: string; referer: string | undefined }[] = [];
  const imageHost = http.createServer((req, res) => {
    hits.push({ url: req.url ?? '', referer: req.headers.referer });
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
    res.end(PIXEL);
  });
  await new Promise<void>((resolve) => imageHost.listen(0, '127.0.0.1', resolve));
  const port = (imageHost.address() as AddressInfo).port;
  const pixelUrl = `http://127.0.0.1:${port}/pixel.png?leak=the-conversation`;
  const seenByBrowser: string[] = [];
  const stray: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`http://127.0.0.1:${port}/`)) seenByBrowser.push(r.url());
    // `<img src=x>` would resolve against the app itself.
    if (/\/x$/.test(new URL(r.url()).pathname)) stray.push(r.url());
  });

  const payload = [
    '<script>window.__pwned=1</script>',
    '',
    'Inline <img src=x onerror="window.__pwned=1"> image.',
    '',
    '[click me](javascript:window.__pwned=1)',
    '',
    '<svg><script>window.__pwned=1</script></svg>',
    '',
    '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    '',
    `![tracking pixel](${pixelUrl})`,
  ].join('\n');

  try {
    await openWithModel(page, api, 'gpt-4o');
    // Small chunks: every half-written payload is rendered on the way, too.
    await api.script({ kind: 'text', text: payload, chunkSize: 5, chunkDelayMs: 5 });
    await send(page, 'be evil');
    await waitIdle(page);
    const answer = assistantMessages(page).last();

    // The text is shown, as text.
    await expect(answer.locator('.md-raw-html').first()).toHaveText(
      '<script>window.__pwned=1</script>',
    );
    await expect(answer).toContainText('Inline <img src=x onerror="window.__pwned=1"> image.');
    await expect(answer).toContainText('click me');
    await expect(answer).toContainText('<svg><script>window.__pwned=1</script></svg>');
    await expect(answer).toContainText('<iframe srcdoc="<script>parent.__pwned=1</script>">');
    await expect(answer).toContainText('tracking pixel');
    await expect(answer.locator('script, img, svg, iframe')).toHaveCount(0);

    // No script ran, and the javascript: link is no link: clicking it does nothing.
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
    await expect(answer.getByRole('link', { name: 'click me' })).toHaveCount(0);
    await answer.getByText('click me').click();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);

    // Nothing was fetched from the image host, nor `x` for the onerror image.
    expect(hits).toEqual([]);
    expect(seenByBrowser).toEqual([]);
    expect(stray).toEqual([]);

    // Until the user asks: then exactly one request, without a referrer.
    await answer.getByRole('button', { name: `Load image from 127.0.0.1:${port}` }).click();
    const image = answer.getByRole('img', { name: 'tracking pixel' });
    await expect(image).toBeVisible();
    await expect(image).toHaveJSProperty('naturalWidth', 1);
    expect(hits).toEqual([{ url: '/pixel.png?leak=the-conversation', referer: undefined }]);
    expect(seenByBrowser).toEqual([pixelUrl]);
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
  } finally {
    await new Promise((resolve) => imageHost.close(resolve));
  }
});

test('a code fence streamed in small chunks shows as code in progress and ends highlighted', async ({
  page,
  api,
}) => {
  // The fence arrives one backtick at a time, as models stream it.
  const chunks = [
    'Here is the function you asked for.',
    '\n\n',
    '`',
    '`',
    '`js',
    '\nfunction add(a, b) {',
    '\n  return a + b;',
    '\n}',
    '\n`',
    '`',
    '`',
    '\n\nIt adds',
    // Time for the highlighter to colour the closed block while this still streams.
    ...Array.from({ length: 30 }, (_, i) => ` word${i}`),
  ];
  await openWithModel(page, api, 'gpt-4o');
  // A first answer loads the highlighter and its JavaScript grammar, so the
  // timing below is about rendering, not about downloading shiki.
  await api.script({ kind: 'text', text: '```js\nlet warm = 1;\n```' });
  await send(page, 'warm up');
  await waitIdle(page);
  await expect(assistantMessages(page).last().locator('[data-md-code]')).toHaveAttribute(
    'data-highlighted',
    'true',
  );
  // Watch the streaming answer: a fence never shows as paragraph text or
  // leaves backticks in the code, and a highlighted block is not rebuilt
  // while later text arrives.
  await page.evaluate(() => {
    const seen = {
      backticksShown: [] as string[],
      openCode: false,
      highlightedWhileStreaming: false,
      changedAfterHighlight: 0,
    };
    let highlighted: Element | null = null;
    new MutationObserver((records) => {
      const busy = document.querySelector('article[aria-busy="true"]');
      if (!busy) return;
      for (const el of busy.querySelectorAll('.markdown p, .markdown pre')) {
        if (el.textContent?.includes('`')) seen.backticksShown.push(el.textContent);
      }
      if (busy.querySelector('[data-md-code][data-open]')) seen.openCode = true;
      if (highlighted) {
        if (!highlighted.isConnected) seen.changedAfterHighlight++;
        for (const r of records) {
          if (highlighted.contains(r.target)) seen.changedAfterHighlight++;
        }
      } else {
        highlighted = busy.querySelector('[data-md-code][data-highlighted]');
        if (highlighted) seen.highlightedWhileStreaming = true;
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    Object.assign(window, { __seen: seen });
  });
  await api.script({ kind: 'text', chunks, chunkDelayMs: 60 });
  await send(page, 'write add()');
  await waitIdle(page);

  const answer = assistantMessages(page).last();
  const code = answer.locator('[data-md-code]');
  await expect(code).toHaveAttribute('data-highlighted', 'true');
  await expect(code.locator('pre')).toHaveText('function add(a, b) {\n  return a + b;\n}');
  await expect(answer).toContainText('It adds word0 word1');
  await expect(answer.locator('.message-text')).not.toContainText('`');

  const seen = await page.evaluate(
    () =>
      (
        window as unknown as {
          __seen: {
            backticksShown: string[];
            openCode: boolean;
            highlightedWhileStreaming: boolean;
            changedAfterHighlight: number;
          };
        }
      ).__seen,
  );
  expect(seen.backticksShown).toEqual([]);
  expect(seen.openCode).toBe(true);
  expect(seen.highlightedWhileStreaming).toBe(true);
  expect(seen.changedAfterHighlight).toBe(0);
});

test('text selected while the answer streams stays selected when it finishes', async ({
  page,
  api,
}) => {
  await openWithModel(page, api, 'gpt-4o');
  const first = 'A first paragraph worth quoting.';
  const chunks = [first, '\n\n', ...Array.from({ length: 24 }, (_, i) => `word${i} `)];
  await api.script({ kind: 'text', chunks, chunkDelayMs: 150 });
  await send(page, 'write two paragraphs');
  const streaming = page.locator('article[aria-busy="true"]');
  const paragraph = streaming.getByText(first, { exact: true });
  await expect(paragraph).toBeVisible();
  // Selecting from the first paragraph while the second is still being written.
  await paragraph.selectText();
  await waitIdle(page);
  await expect(assistantMessages(page).last()).toContainText('word23');
  await expect(page.locator('article[aria-busy="true"]')).toHaveCount(0);
  // The finished answer is the same rendering, not a new one: the selection is still there.
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(first);
});

test('a long answer ends fully rendered, down to its last table', async ({ page, api }) => {
  await openWithModel(page, api);
  // Far more blocks than fit on screen, streamed fast: while it streams, blocks
  // far off screen may show their source; once it ends, every one is rendered.
  const paragraphs = Array.from({ length: 150 }, (_, i) => `Paragraph **${i}** of the answer.`);
  const table = ['| item | count |', '| --- | ---: |', '| apples | 3 |'].join('\n');
  await api.script({ kind: 'text', text: [...paragraphs, table].join('\n\n'), chunkSize: 40 });
  await send(page, 'a long one');
  await waitIdle(page);
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('table').getByRole('cell')).toHaveText(['apples', '3']);
  await expect(answer.locator('strong')).toHaveCount(150);
  await expect(answer.locator('[data-unrendered]')).toHaveCount(0);
  await expect(answer).not.toContainText('**');
});

test('scrolling to the end of an answer that is still streaming shows that end formatted', async ({
  page,
  api,
}) => {
  await openWithModel(page, api);
  // Read from its top, a long answer's far end may wait as source while it
  // streams; scrolling there must format it without waiting for the end.
  const paragraphs = Array.from({ length: 150 }, (_, i) => `Paragraph **${i}** of the answer.`);
  const table = ['| item | count |', '| --- | ---: |', '| apples | 3 |'].join('\n');
  const text = [...paragraphs, table, 'Still writing'].join('\n\n');
  // Everything up to "Still writing" arrives, then the stream stays open.
  await api.script({
    kind: 'text',
    text,
    chunkSize: 40,
    holdAfterChunks: Math.ceil(text.length / 40) - 1,
  });
  await send(page, 'a long one');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('apples');
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  // Scrolled by the wheel, not to the text: the source paragraph holding it
  // is replaced once the paused stream's text is formatted.
  await answer.hover();
  await page.mouse.wheel(0, 100_000);
  await expect(answer.getByRole('table').getByRole('cell')).toHaveText(['apples', '3']);
  await expect(answer.getByText('Paragraph 149 of the answer.')).toBeVisible();
  // Formatted while the answer is still streaming, not by its end.
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
});

test('an answer that arrives faster than it can be shown is taken on in parts and ends whole', async ({
  page,
  api,
}) => {
  await openWithModel(page, api);
  // About 20,000 characters in one chunk, several passes' worth (3,000 each):
  // sections, then one long paragraph, a single block that renders at once in
  // every pass, so only the text still to take on keeps the passes going.
  const sections = Array.from(
    { length: 60 },
    (_, i) =>
      `### Part ${i}\n\n- first point of part ${i}\n- second point\n\n| n | v |\n| - | - |\n| ${i} | ok |`,
  );
  const paragraph = 'many words '.repeat(1200).trim();
  const text = [...sections, paragraph, 'The very last line.'].join('\n\n');
  expect(text.length).toBeGreaterThan(18_000);
  await api.script({ kind: 'text', text, chunkSize: text.length });
  await send(page, 'all at once');
  await waitIdle(page);
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('heading', { level: 3 })).toHaveCount(60);
  await expect(answer.getByRole('table')).toHaveCount(60);
  await expect(answer.locator('[data-unrendered]')).toHaveCount(0);
  await expect(answer.locator('.markdown p').last()).toHaveText('The very last line.');
});
