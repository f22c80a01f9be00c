import {
  test,
  expect,
  openConnected,
  pickModel,
  send,
  assistantMessages,
  waitIdle,
  openWithModel,
} from './support';

test('a rejected key says so and opens the connection dialog', async ({ page, api }) => {
  await page.addInitScript(() => sessionStorage.setItem('llm-playground:api-key', 'wrong-key'));
  await page.addInitScript((baseUrl) => {
    localStorage.setItem(
      'llm-playground:state',
      JSON.stringify({ state: { connection: { provider: 'sippulse', baseUrl } }, version: 1 }),
    );
  }, api.url);
  await page.goto('./');
  const dialog = page.getByRole('dialog', { name: 'Connection' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('The API key was rejected');
  await dialog.getByLabel('API key').fill('test-key');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await pickModel(page, 'gpt-4o');
});

test('an unreachable server is explained, with CORS as a likely cause', async ({ page }) => {
  await page.addInitScript(() => {
    sessionStorage.setItem('llm-playground:api-key', 'test-key');
    localStorage.setItem(
      'llm-playground:state',
      JSON.stringify({
        state: { connection: { provider: 'sippulse', baseUrl: 'http://127.0.0.1:9' } },
        version: 1,
      }),
    );
  });
  await page.goto('./');
  await expect(page.getByText('The server could not be reached').first()).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText(/CORS/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('an empty model list has its own state', async ({ page, api }) => {
  await api.setModels([]);
  await openConnected(page, api);
  await page.getByRole('combobox', { name: 'Model', exact: true }).click();
  await expect(page.getByText('This server lists no models for your key.').first()).toBeVisible();
});

const CASES = [
  { status: 400, code: 'bad_request', title: 'The server rejected the request' },
  { status: 401, code: 'invalid_api_key', title: 'The API key was rejected' },
  { status: 404, code: 'model_not_found', title: 'Model not found' },
  { status: 500, code: 'internal_error', title: 'The server had an internal error' },
  { status: 503, code: 'service_unavailable', title: 'The service is temporarily unavailable' },
  { status: 504, code: 'timeout', title: 'The server timed out' },
  {
    status: 400,
    code: 'context_length_exceeded',
    title: 'The conversation is too long for this model',
  },
];

test('each error from the table says what happened and what to do', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  for (const c of CASES) {
    await api.script({
      kind: 'error',
      status: c.status,
      code: c.code,
      message: `msg for ${c.code}`,
    });
    await send(page, `trigger ${c.code}`);
    const alert = assistantMessages(page).last().getByRole('alert');
    await expect(alert).toContainText(c.title);
    await expect(alert).toContainText(`msg for ${c.code}`);
    await waitIdle(page);
  }
  // The 401 answer offers the connection settings.
  await expect(page.getByRole('button', { name: 'Connection settings' }).first()).toBeVisible();
});

test('429 with Retry-After offers a retry after that delay', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await api.script({ kind: 'error', status: 429, code: 'rate_limit_exceeded', retryAfter: 2 });
  await send(page, 'too fast');
  const alert = assistantMessages(page).last().getByRole('alert');
  await expect(alert).toContainText('Rate limit reached');
  await expect(alert).toContainText('wait 2 seconds');
  const retry = alert.getByRole('button', { name: /Retry/ });
  await expect(retry).toBeDisabled();
  await expect(retry).toHaveText('Retry', { timeout: 4000 });
  await retry.click();
  await expect(assistantMessages(page).last()).toContainText('You said: too fast');
  expect(api.completions()).toHaveLength(2);
});

test('an error in the middle of a stream keeps the partial answer', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await api.script({
    kind: 'midStreamError',
    afterChunks: 3,
    code: 'internal_error',
    message: 'upstream broke',
  });
  await send(page, 'abcdefghijklmnopqrstuvwxyz');
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('alert')).toContainText('upstream broke');
  await expect(answer).toContainText('Hello from t');
  await expect(answer.getByRole('alert')).toContainText('partial answer is kept');
});

test('a dropped connection keeps the partial answer', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await api.script({ kind: 'drop', afterChunks: 3, chunkDelayMs: 60 });
  await send(page, 'drop it');
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('alert')).toContainText('The connection dropped');
  // What the page had read before the drop is kept. Chunks still queued in the
  // browser when the body errors are discarded by the browser itself, so on a
  // busy machine the kept part can be shorter than the three chunks sent.
  await expect(answer).toContainText('Hell');
  await expect(answer).not.toContainText('You said');
});

test('a stream that ends without [DONE] is marked incomplete', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await api.script({ kind: 'eofNoDone', afterChunks: 3 });
  await send(page, 'cut');
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText('Incomplete');
  await expect(answer).toContainText('Hello from t');
});

test('an HTML proxy page and an empty 403 are explained', async ({ page, api }) => {
  await openWithModel(page, api, 'gpt-4o');
  await api.script({ kind: 'html', status: 502 });
  await send(page, 'html');
  await expect(assistantMessages(page).last().getByRole('alert')).toContainText('Bad gateway');
  await expect(assistantMessages(page).last().getByRole('alert')).toContainText('HTML page');
  await waitIdle(page);
  await api.script({ kind: 'emptyForbidden' });
  await send(page, 'forbidden');
  await expect(assistantMessages(page).last().getByRole('alert')).toContainText('Access denied');
});
