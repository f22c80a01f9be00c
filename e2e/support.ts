import { test as base, expect, type Page } from '@playwright/test';
import {
  startSipPulseServer,
  type RecordedRequest,
  type Script,
  type SipPulseServer,
} from './fixtures/sippulse-server.mjs';
import {
  startOpenAiServer,
  type OpenAiScript,
  type OpenAiServer,
  type RecordedRequest as OpenAiRecordedRequest,
} from './fixtures/openai-server.mjs';

export const KEY = 'test-key';

/** A SipPulse fixture API of its own for each test, so tests run in parallel. */
export class Api {
  constructor(readonly server: SipPulseServer) {}
  get url(): string {
    return this.server.url;
  }
  async script(...scripts: Script[]): Promise<void> {
    const res = await fetch(`${this.url}/__script`, {
      method: 'POST',
      body: JSON.stringify(scripts),
    });
    if (!res.ok) throw new Error(`script rejected: ${await res.text()}`);
  }
  async setModels(models: unknown[]): Promise<void> {
    await fetch(`${this.url}/__models`, { method: 'POST', body: JSON.stringify(models) });
  }
  completions(): RecordedRequest[] {
    return this.server.requests.filter((r) => r.path === '/v1/llms/completion');
  }
  lastBody(): unknown {
    return this.completions().at(-1)?.body;
  }
}

/** An OpenAI-compatible fixture API of its own for each test (routes under `/v1`). */
export class OpenAiApi {
  constructor(readonly server: OpenAiServer) {}
  /** The server origin, without `/v1`. */
  get url(): string {
    return this.server.url;
  }
  /** `{url}/v1`: what a user types as the base URL of an OpenAI-compatible connection. */
  get baseUrl(): string {
    return this.server.baseUrl;
  }
  async script(...scripts: OpenAiScript[]): Promise<void> {
    const res = await fetch(`${this.url}/__script`, {
      method: 'POST',
      body: JSON.stringify(scripts),
    });
    if (!res.ok) throw new Error(`script rejected: ${await res.text()}`);
  }
  /** Replaces the model list; bare ids become `{id, object: 'model', created, owned_by}`. */
  async setModels(models: (string | Record<string, unknown>)[]): Promise<void> {
    await fetch(`${this.url}/__models`, { method: 'POST', body: JSON.stringify(models) });
  }
  /** Recorded `POST /v1/chat/completions` requests. */
  chatCompletions(): OpenAiRecordedRequest[] {
    return this.server.requests.filter(
      (r) => r.method === 'POST' && r.path === '/v1/chat/completions',
    );
  }
  /** Recorded `POST /v1/completions` (raw text completion) requests. */
  textCompletions(): OpenAiRecordedRequest[] {
    return this.server.requests.filter((r) => r.method === 'POST' && r.path === '/v1/completions');
  }
  /** The body of the last chat or text completion request. */
  lastBody(): unknown {
    return this.server.requests
      .filter(
        (r) =>
          r.method === 'POST' &&
          (r.path === '/v1/chat/completions' || r.path === '/v1/completions'),
      )
      .at(-1)?.body;
  }
}

export const test = base.extend<{ api: Api; oai: OpenAiApi }>({
  // Playwright reads fixture dependencies from this destructuring pattern, even when empty.
  api: async ({}, provide) => {
    const server = await startSipPulseServer({ port: 0 });
    await provide(new Api(server));
    await server.close();
  },
  oai: async ({}, provide) => {
    const server = await startOpenAiServer({ port: 0 });
    await provide(new OpenAiApi(server));
    await server.close();
  },
});

export { expect };

/**
 * Opens the app already connected to `api` (state seeded before the app loads).
 * It seeds the version 1 shape (one `connection`, one key) on purpose: every
 * SipPulse spec thereby also runs the migration to saved connections and the
 * move of the old key to the migrated connection.
 */
export async function openConnected(
  page: Page,
  api: Api,
  state: Record<string, unknown> = {},
): Promise<void> {
  await page.addInitScript(
    ([baseUrl, key, extra]) => {
      if (sessionStorage.getItem('e2e-seeded')) return; // keep what the test did across reloads
      sessionStorage.setItem('e2e-seeded', '1');
      sessionStorage.setItem('llm-playground:api-key', key);
      localStorage.setItem(
        'llm-playground:state',
        JSON.stringify({
          state: { connection: { provider: 'sippulse', baseUrl }, ...extra },
          version: 1,
        }),
      );
    },
    [api.url, KEY, state] as const,
  );
  await page.goto('./');
}

/**
 * Opens the app already connected to `oai` as an OpenAI-compatible
 * connection, seeded before the app loads in the persisted state's version 2
 * shape (a list of connections, the key per connection in sessionStorage).
 */
export async function openConnectedOpenAi(
  page: Page,
  oai: OpenAiApi,
  extraState: Record<string, unknown> = {},
  model: string | null = null,
): Promise<void> {
  await page.addInitScript(
    ([baseUrl, key, extra, chosen]) => {
      if (sessionStorage.getItem('e2e-seeded')) return; // keep what the test did across reloads
      sessionStorage.setItem('e2e-seeded', '1');
      sessionStorage.setItem('llm-playground:api-key:e2e', key);
      localStorage.setItem(
        'llm-playground:state',
        JSON.stringify({
          state: {
            connections: [
              {
                id: 'e2e',
                name: 'Fixture',
                provider: 'openai',
                preset: 'custom',
                baseUrl,
                model: chosen,
              },
            ],
            activeConnectionId: 'e2e',
            ...extra,
          },
          version: 2,
        }),
      );
    },
    [oai.baseUrl, KEY, extraState, model] as const,
  );
  await page.goto('./');
}

/**
 * Waits until `model` is the chosen model and the model list has arrived
 * (its card shows), which is where picking it from the list leaves a test.
 */
export async function expectModelReady(page: Page, model: string): Promise<void> {
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(model);
  await expect(page.getByRole('region', { name: 'Model card' })).toContainText(model);
}

/**
 * The setup most specs share: connected to `api` with `model` chosen. The
 * model is seeded with the connection rather than picked, so only the specs
 * about the picker pay for opening it.
 */
export async function openWithModel(
  page: Page,
  api: Api,
  model = 'gpt-4o',
  state: Record<string, unknown> = {},
): Promise<void> {
  await openConnected(page, api, { ...state, model });
  await expectModelReady(page, model);
}

/** {@link openWithModel} for an OpenAI-compatible connection to `oai`. */
export async function openOpenAiWithModel(
  page: Page,
  oai: OpenAiApi,
  model: string,
  extraState: Record<string, unknown> = {},
): Promise<void> {
  await openConnectedOpenAi(page, oai, extraState, model);
  await expectModelReady(page, model);
}

export async function pickModel(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Model', exact: true }).click();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('option', { name: new RegExp(`^${escaped}(\\s|$)`) }).click();
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toContainText(name);
}

export function composer(page: Page) {
  return page.getByRole('textbox', { name: 'Message', exact: true });
}

export function assistantMessages(page: Page) {
  return page.getByRole('article', { name: 'assistant message' });
}

export async function send(page: Page, text: string): Promise<void> {
  await composer(page).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

/** Waits until no answer is streaming. */
export async function waitIdle(page: Page, options?: { timeout: number }): Promise<void> {
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible(options);
}
