import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  send,
  assistantMessages,
  composer,
  waitIdle,
  openWithModel,
  openOpenAiWithModel,
} from './support';

// The "Person" example, as the request must carry it.
const PERSON_SCHEMA = {
  type: 'object',
  properties: {
    name: { type: 'string', description: 'Full name' },
    age: { type: 'integer', minimum: 0 },
    email: { type: ['string', 'null'], description: 'Email address, if known' },
  },
  required: ['name', 'age', 'email'],
  additionalProperties: false,
};

/**
 * Picks a format with the keyboard: the section sits at the bottom of the
 * side panel, where lazily loaded panels above it can still shift the page
 * after the list opens (and an open Radix select locks scrolling).
 */
async function chooseFormat(page: Page, label: 'Text' | 'JSON object' | 'JSON schema') {
  await page.getByRole('combobox', { name: 'Response format' }).press('Enter');
  const option = page.getByRole('option', { name: label, exact: true });
  await option.focus();
  await option.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Response format' })).toContainText(label);
}

function blockers(page: Page) {
  return page.getByRole('alert', { name: 'Why nothing was sent' });
}

function answerCheck(page: Page) {
  return assistantMessages(page).last().getByRole('region', { name: 'Structured output check' });
}

test.describe('structured output', () => {
  test('a matching answer passes, and the request carries response_format exactly', async ({
    page,
    api,
  }) => {
    await openWithModel(page, api, 'gpt-4o');
    await chooseFormat(page, 'JSON schema');
    await page
      .getByRole('group', { name: 'Schema examples' })
      .getByRole('button', { name: 'Person' })
      .click();
    await expect(page.getByText('Valid JSON Schema.')).toBeVisible();

    await api.script({ kind: 'text', text: '{"name":"Ada Lovelace","age":36,"email":null}' });
    await send(page, 'Invent a person.');
    await waitIdle(page);

    expect(api.lastBody()).toEqual({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Invent a person.' }],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'person', schema: PERSON_SCHEMA, strict: true },
      },
      stream: true,
    });
    const check = answerCheck(page);
    await expect(check.getByText('Valid JSON', { exact: true })).toBeVisible();
    await expect(check).toContainText('checked against the schema “person”');
    await expect(check.getByRole('list', { name: 'Validation errors' })).toHaveCount(0);
    // Pretty-printed and collapsible.
    const json = check.locator('details');
    await expect(json.locator('pre')).toHaveText(
      '{\n  "name": "Ada Lovelace",\n  "age": 36,\n  "email": null\n}',
    );
    await json.locator('summary').click();
    await expect(json.locator('pre')).toBeHidden();

    // The choice, the schema and the verdict survive a reload.
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Response format' })).toContainText(
      'JSON schema',
    );
    await expect(answerCheck(page).getByText('Valid JSON', { exact: true })).toBeVisible();
  });

  test('an answer that does not match the schema fails with the reasons', async ({ page, api }) => {
    await openWithModel(page, api, 'gpt-4o');
    await chooseFormat(page, 'JSON schema');
    await expect(page.getByText('Valid JSON Schema.')).toBeVisible();

    await api.script({ kind: 'text', text: '{"name":"Ada","age":"thirty-six","nick":"A"}' });
    await send(page, 'Invent a person.');
    await waitIdle(page);
    const check = answerCheck(page);
    await expect(check.getByText('Does not match the schema')).toBeVisible();
    await expect(
      check.getByRole('list', { name: 'Validation errors' }).getByRole('listitem'),
    ).toHaveText([
      '(top level): must have the property "email"',
      '(top level): must not have the extra property "nick"',
      '/age: must be integer (it is "thirty-six")',
    ]);

    await api.script({ kind: 'text', text: 'Sure! Ada, 36, no email.' });
    await send(page, 'Again, please.');
    await waitIdle(page);
    await expect(answerCheck(page).getByText('Not JSON', { exact: true })).toBeVisible();
    await expect(answerCheck(page).locator('details')).toHaveCount(0);
  });

  test('an invalid schema is shown at the field and blocks Send', async ({ page, api }) => {
    await openWithModel(page, api, 'gpt-4o');
    await chooseFormat(page, 'JSON schema');
    const schema = page.getByRole('textbox', { name: 'JSON schema' });
    await schema.fill('{\n  "type": "objekt"\n}');
    await expect(page.getByRole('list', { name: 'Schema errors' })).toContainText(
      '/type: must be one of "array", "boolean", "integer", "null", "number", "object", "string" (it is "objekt")',
    );
    await expect(schema).toHaveAttribute('aria-invalid', 'true');
    await send(page, 'Hello');
    await expect(blockers(page)).toContainText('Fix JSON schema: /type: must be one of');
    expect(api.completions()).toHaveLength(0);

    await schema.fill('{\n  "type": "object",\n  "properties": {,}\n}');
    await expect(page.getByRole('list', { name: 'Schema errors' })).toContainText(
      'Not valid JSON at line 3, column 18',
    );

    await schema.fill('{"type": "object"}');
    await expect(blockers(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await waitIdle(page);
    expect(api.completions()).toHaveLength(1);
  });

  test('JSON object mode needs the word JSON in the context, and says so before sending', async ({
    page,
    api,
  }) => {
    await openWithModel(page, api, 'gpt-4o');
    await chooseFormat(page, 'JSON object');
    await composer(page).fill('List three colours.');
    const rule = 'JSON object mode needs the word "JSON" in the system message or a message';
    await expect(page.getByText(rule)).toBeVisible();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(blockers(page)).toContainText(`Fix Response format: ${rule}`);
    expect(api.completions()).toHaveLength(0);

    await page.getByRole('textbox', { name: 'System message' }).fill('Answer in json.');
    await expect(blockers(page)).toHaveCount(0);
    await expect(page.getByText(rule)).toHaveCount(0);
    await api.script({ kind: 'text', text: '{"colours":["red","green","blue"]}' });
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await waitIdle(page);
    expect(api.lastBody()).toMatchObject({ response_format: { type: 'json_object' } });
    await expect(answerCheck(page).getByText('Valid JSON', { exact: true })).toBeVisible();
  });

  test('Text is sent only when chosen, and Reset leaves response_format out', async ({
    page,
    api,
  }) => {
    await openWithModel(page, api, 'gpt-4o');
    await send(page, 'one');
    await waitIdle(page);
    expect(api.lastBody()).not.toHaveProperty('response_format');
    await chooseFormat(page, 'Text');
    await send(page, 'two');
    await waitIdle(page);
    expect(api.lastBody()).toMatchObject({ response_format: { type: 'text' } });
    await page.getByRole('button', { name: 'Reset Response format' }).click();
    await send(page, 'three');
    await waitIdle(page);
    expect(api.lastBody()).not.toHaveProperty('response_format');
  });

  test('OpenAI-compatible connections offer it too', async ({ page, oai }) => {
    await openOpenAiWithModel(page, oai, 'gpt-4o-mini');
    await chooseFormat(page, 'JSON object');
    await oai.script({ kind: 'text', text: '{"ok": true}' });
    await send(page, 'Reply in JSON: are you there?');
    await waitIdle(page);
    expect(oai.lastBody()).toMatchObject({ response_format: { type: 'json_object' } });
    await expect(answerCheck(page).getByText('Valid JSON', { exact: true })).toBeVisible();
  });

  test('models without json_schema get no Response format', async ({ page, api }) => {
    await openWithModel(page, api, 'llama-3.3-70b-versatile');
    await expect(page.getByText('This model does not list json_schema')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Response format' })).toHaveCount(0);
  });
});

/** A real PNG of `width`×`height` grey pixels, built here so the test owns its bytes. */
function makePng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function pickFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach image' }).click();
  await (await chooser).setFiles(file);
}

test.describe('images', () => {
  test('an attached image goes in the request body as a data URL part', async ({ page, api }) => {
    await openWithModel(page, api, 'gpt-4o');
    const png = makePng(4, 3);
    await pickFile(page, { name: 'dot.png', mimeType: 'image/png', buffer: png });
    const thumbs = page.getByRole('list', { name: 'Attached images' });
    await expect(thumbs.getByRole('img', { name: 'Attached image 1' })).toBeVisible();

    await send(page, 'What is in this picture?');
    await waitIdle(page);
    expect(api.lastBody()).toEqual({
      model: 'gpt-4o',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in this picture?' },
            {
              type: 'image_url',
              image_url: { url: `data:image/png;base64,${png.toString('base64')}` },
            },
          ],
        },
      ],
      stream: true,
    });
    // The composer is empty again; the sent message shows its image.
    await expect(thumbs).toHaveCount(0);
    const sent = page.getByRole('article', { name: 'user message' });
    await expect(sent.getByRole('img', { name: 'Image 1' })).toBeVisible();
    expect(
      await sent
        .getByRole('img', { name: 'Image 1' })
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBe(4);

    // The next turn sends the image again, as part of the history.
    await send(page, 'And now?');
    await waitIdle(page);
    const body = api.lastBody() as { messages: { content: unknown }[] };
    expect(body.messages[0]?.content).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'image_url' })]),
    );
  });

  test('an image URL can be added and a thumbnail removed', async ({ page, api }) => {
    await openWithModel(page, api, 'gpt-4o');
    const url = page.getByRole('textbox', { name: 'Image URL' });
    await url.fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add image URL' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Only http(s) addresses' }),
    ).toBeVisible();
    await url.fill(`${api.url}/cat.png`);
    await page.getByRole('button', { name: 'Add image URL' }).click();
    await pickFile(page, { name: 'dot.png', mimeType: 'image/png', buffer: makePng(2, 2) });
    const thumbs = page.getByRole('list', { name: 'Attached images' });
    await expect(thumbs.getByRole('img')).toHaveCount(2);
    await page.getByRole('button', { name: 'Remove image 2' }).click();
    await expect(thumbs.getByRole('img')).toHaveCount(1);

    await send(page, 'Describe it');
    await waitIdle(page);
    expect((api.lastBody() as { messages: unknown[] }).messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Describe it' },
          { type: 'image_url', image_url: { url: `${api.url}/cat.png` } },
        ],
      },
    ]);
  });

  test('an image over 5 MB shows the error and is not attached', async ({ page, api }) => {
    await openWithModel(page, api, 'gpt-4o');
    const huge = Buffer.concat([makePng(1, 1), Buffer.alloc(5 * 1024 * 1024)]);
    await pickFile(page, { name: 'huge.png', mimeType: 'image/png', buffer: huge });
    await expect(page.getByRole('alert').filter({ hasText: 'huge.png' })).toHaveText(
      'huge.png is 5.1 MB; images can be at most 5.0 MB. It was not attached: make it smaller, or give its address under Image URL.',
    );
    await expect(page.getByRole('list', { name: 'Attached images' })).toHaveCount(0);
    await send(page, 'Hi');
    await waitIdle(page);
    expect((api.lastBody() as { messages: unknown[] }).messages).toEqual([
      { role: 'user', content: 'Hi' },
    ]);
  });

  test('images can be pasted into the message and dropped on the composer', async ({
    page,
    api,
  }) => {
    await openWithModel(page, api, 'gpt-4o');
    const base64 = makePng(3, 3).toString('base64');
    const message = composer(page);
    // What a browser hands the page for a pasted screenshot and a dropped file.
    await message.evaluate((el, data) => {
      const file = (name: string) =>
        new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, {
          type: 'image/png',
        });
      const pasted = new DataTransfer();
      pasted.items.add(file('image.png'));
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true }),
      );
      const dropped = new DataTransfer();
      dropped.items.add(file('dropped.png'));
      el.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: dropped, bubbles: true, cancelable: true }),
      );
      el.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }),
      );
    }, base64);
    await expect(page.getByRole('list', { name: 'Attached images' }).getByRole('img')).toHaveCount(
      2,
    );
    // The pasted image did not end up as text in the message.
    await expect(message).toHaveValue('');
    await send(page, 'Two copies?');
    await waitIdle(page);
    const parts = (api.lastBody() as { messages: { content: unknown[] }[] }).messages[0]?.content;
    expect(parts).toEqual([
      { type: 'text', text: 'Two copies?' },
      { type: 'image_url', image_url: { url: `data:image/png;base64,${base64}` } },
      { type: 'image_url', image_url: { url: `data:image/png;base64,${base64}` } },
    ]);
  });

  test('the in-browser engine offers no image controls', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Response format' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Attach image' })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Image URL' })).toHaveCount(0);
  });
});

test.describe('reasoning', () => {
  test('Claude extended thinking sends thinking with the budget', async ({ page, api }) => {
    await openWithModel(page, api, 'claude-sonnet-4-20250514');
    await page.getByRole('spinbutton', { name: 'Max tokens' }).fill('4096');
    await page.getByRole('switch', { name: 'Extended thinking' }).click();
    const budget = page.getByRole('spinbutton', { name: 'Thinking budget' });
    await budget.fill('2048');
    await send(page, 'Think first.');
    await waitIdle(page);
    expect(api.lastBody()).toEqual({
      model: 'claude-sonnet-4-20250514',
      messages: [{ role: 'user', content: 'Think first.' }],
      max_tokens: 4096,
      thinking: { type: 'enabled', budget_tokens: 2048 },
      stream: true,
    });
  });

  test('a thinking budget not below Max tokens blocks Send with the reason', async ({
    page,
    api,
  }) => {
    await openWithModel(page, api, 'claude-sonnet-4-20250514');
    await page.getByRole('switch', { name: 'Extended thinking' }).click();
    const budget = page.getByRole('spinbutton', { name: 'Thinking budget' });
    await budget.fill('4096');
    // Max tokens is required while thinking.
    await expect(page.getByText('Extended thinking needs Max tokens set')).toBeVisible();
    await page.getByRole('spinbutton', { name: 'Max tokens' }).fill('4096');
    const reason =
      'The thinking budget (4,096) must be less than Max tokens (4,096): thinking counts toward Max tokens.';
    await expect(budget).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(reason).first()).toBeVisible();
    await send(page, 'Think first.');
    await expect(blockers(page)).toContainText(`Fix Thinking budget: ${reason}`);
    expect(api.completions()).toHaveLength(0);

    await budget.fill('1000');
    await expect(blockers(page)).toContainText('at least 1,024 tokens');
    await budget.fill('1024');
    await expect(blockers(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await waitIdle(page);
    expect(api.lastBody()).toMatchObject({ thinking: { type: 'enabled', budget_tokens: 1024 } });
  });

  test('the Reasoning panel shows the reasoning token count the server reports', async ({
    page,
    api,
  }) => {
    await openWithModel(page, api, 'gpt-4o');
    await api.script({
      kind: 'reasoning',
      reasoning: 'First, consider the question carefully.',
      text: 'Forty-two.',
      usage: { reasoning_tokens: 17 },
    });
    await send(page, 'Meaning of life?');
    await waitIdle(page);
    const answer = assistantMessages(page).last();
    await expect(answer.locator('details.reasoning summary')).toHaveText('Reasoning · 17 tokens');
    await answer.locator('details.reasoning summary').click();
    await expect(answer).toContainText('First, consider the question carefully.');
    await expect(answer).toContainText('Forty-two.');
  });
});
