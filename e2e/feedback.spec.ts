import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  openConnected,
  composer,
  assistantMessages,
  send,
  waitIdle,
} from './support';
import { dumpHistory } from './historyDb';

/** The toast region: a landmark holding the one polite live region. */
const toasts = (page: Page) => page.getByRole('region', { name: 'Notifications' });

/** Where an element is on the screen, rounded to whole pixels. */
async function position(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return { x: Math.round(box!.x), y: Math.round(box!.y), height: Math.round(box!.height) };
}

/** The top of the first line of text that starts with `start` inside `scope`, in whole pixels. */
function textTop(scope: Locator, start: string): Promise<number | null> {
  return scope.evaluate((root, prefix) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.startsWith(prefix)) continue;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 1);
      return Math.round(range.getBoundingClientRect().top);
    }
    return null;
  }, start);
}

test('busy model list; the composer and earlier messages stay put while an answer streams and ends', async ({
  page,
  api,
}) => {
  // Hold the first model list until the busy state has been seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let first = true;
  await page.route(
    (url) => url.pathname === '/v1/llms/models',
    async (route) => {
      if (first) {
        first = false;
        await held;
      }
      await route.continue();
    },
  );
  await openConnected(page, api, { model: 'gpt-4o-mini' });
  const loading = page.getByRole('status').filter({ hasText: 'Loading models…' });
  await expect(loading).toBeVisible();
  await expect(loading).toHaveAttribute('aria-busy', 'true');
  // The spinner is drawn before the words.
  expect(await loading.evaluate((el) => getComputedStyle(el, '::before').borderTopStyle)).toBe(
    'solid',
  );
  release();
  await expect(loading).toBeHidden();

  await send(page, 'first');
  await expect(assistantMessages(page)).toContainText('You said: first');
  await waitIdle(page);

  // A slow answer, so its middle can be looked at.
  const pieces = Array.from({ length: 30 }, (_, i) => `word${i} `);
  await api.script({ kind: 'text', chunks: pieces, chunkDelayMs: 150 });
  const earlier = page.getByRole('article', { name: 'user message' }).first();
  // The estimate shows once its tokenizer has loaded, which takes a while on a busy machine.
  // Its arrival is not the streaming this test is about.
  await expect(page.getByRole('group', { name: 'Estimate before sending' })).toBeVisible();
  const before = { composer: await position(composer(page)), earlier: await position(earlier) };

  await send(page, 'second');
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await expect(assistantMessages(page).nth(1)).toContainText('word1');
  const streaming = { composer: await position(composer(page)), earlier: await position(earlier) };
  const answerMid = await textTop(assistantMessages(page).nth(1), 'word0');
  // Still streaming when measured: the last word had not arrived.
  await expect(assistantMessages(page).nth(1)).not.toContainText('word29');

  // The whole answer takes a few seconds by design.
  await expect(assistantMessages(page).nth(1)).toContainText('word29', { timeout: 20_000 });
  await waitIdle(page);
  await expect(assistantMessages(page).nth(1).getByText('Finished (stop)')).toBeVisible();
  const finished = { composer: await position(composer(page)), earlier: await position(earlier) };
  const answerEnd = await textTop(assistantMessages(page).nth(1), 'word0');
  // The answer itself does not shift when its header trades "writing…" for its buttons.
  expect(answerMid).not.toBeNull();
  expect(answerEnd).toBe(answerMid);
  expect(streaming).toEqual(before);
  expect(finished).toEqual(before);
});

test('a toast over View code leaves Escape to the dialog; Presets, History and Session dialogs give focus back', async ({
  page,
  context,
  api,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openConnected(page, api, { model: 'gpt-4o-mini', system: 'Be brief.' });
  // One run: work to protect (Session, History) and a run in the history.
  await send(page, 'hello');
  await expect(assistantMessages(page)).toContainText('You said: hello');
  await waitIdle(page);

  const viewCode = page.getByRole('button', { name: 'View code' });
  await viewCode.click();
  const codeDialog = page.getByRole('dialog', { name: 'View code' });
  await codeDialog.getByRole('button', { name: 'Copy' }).click();
  // Shown and announced over the modal dialog: not hidden from assistive technology with the page.
  await expect(toasts(page).getByRole('status')).toHaveText(/Copied to the clipboard\./);
  await expect(codeDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(codeDialog).toBeHidden();
  await expect(viewCode).toBeFocused();

  // Closing a toast by pointer while a dialog is open leaves the dialog open.
  await viewCode.click();
  await codeDialog.getByRole('button', { name: 'Download' }).click();
  const downloading = toasts(page).getByRole('listitem').filter({ hasText: 'Downloading' });
  await downloading.getByRole('button', { name: 'Close notification' }).click();
  await expect(downloading).toBeHidden();
  await expect(codeDialog).toBeVisible();
  await codeDialog.getByRole('button', { name: 'Close' }).click();
  await expect(viewCode).toBeFocused();

  const presets = page.getByRole('button', { name: 'Presets' });
  await presets.click();
  const presetsDialog = page.getByRole('dialog', { name: 'Presets' });
  await presetsDialog.getByRole('textbox', { name: 'Preset name' }).fill('Terse');
  await presetsDialog.getByRole('button', { name: 'Save current settings' }).click();
  await presetsDialog.getByRole('button', { name: 'Export presets' }).click();
  await expect(
    toasts(page).getByText('Exported 1 preset as llm-playground-presets.json.'),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(presetsDialog).toBeHidden();
  await expect(presets).toBeFocused();

  // Session: export (a toast), then import it back over current work: the question that
  // opens gives focus back to the Session button.
  const session = page.getByRole('button', { name: 'Session', exact: true });
  await session.click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export session…' }).click();
  const file = (await (await download).path()) ?? '';
  await expect(
    toasts(page).getByText(/^Exported the session as llm-playground-session-/),
  ).toBeVisible();
  await session.click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import session…' }).click();
  await (await chooser).setFiles(file);
  const replace = page.getByRole('alertdialog', { name: 'Replace the current work?' });
  await expect(replace).toBeVisible();
  await replace.getByRole('button', { name: 'Keep current work' }).click();
  await expect(replace).toBeHidden();
  await expect(session).toBeFocused();

  // History: Cancel gives focus back to Restore; Clear history (which disables its own
  // button) gives it to the search field.
  await page.getByRole('tab', { name: 'History' }).click();
  const runs = page.getByRole('list', { name: 'Runs' }).getByRole('listitem');
  await expect(runs).toHaveCount(1);
  const restore = runs.last().getByRole('button', { name: 'Restore' });
  await restore.click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(restore).toBeFocused();

  const clear = page.getByRole('button', { name: 'Clear history' });
  await clear.click();
  await confirm.getByRole('button', { name: 'Clear history' }).click();
  await expect(toasts(page).getByText('Cleared the run history.')).toBeVisible();
  await expect(confirm).toBeHidden();
  await expect(runs).toHaveCount(0);
  expect(await dumpHistory(page)).toBe('[]');
  await expect(clear).toBeDisabled();
  await expect(page.getByRole('searchbox', { name: 'Search history' })).toBeFocused();
});
