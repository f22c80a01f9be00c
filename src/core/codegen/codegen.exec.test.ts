// Runs the generated cURL, Python (requests) and JavaScript (fetch) programs
// against the SipPulse fixture server and the OpenAI-compatible one
// (e2e/fixtures/openai-server.mjs), in chat and Complete mode, and checks that
// each one sends exactly the body buildRequest produced, with the key from the
// environment, and prints the answer. The JavaScript SDK variant runs with the
// `openai` npm package against the OpenAI fixture; the Python SDK variant is
// syntax-checked only (no `openai` Python package here).

import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest } from '../request/buildRequest';
import type { PreparedRequest } from '../types';
import { fileExtension, generateCode } from './index';
import type { CodeLanguage, CodeVariant } from './index';
import { CASES, COMPLETE_CASES, MULTI_CHOICE_CASE, fixtureAnswer } from './testCases';
import type { CaseInput, CodegenCase, CompleteCaseInput } from './testCases';

// ---- the fixture server (a plain .mjs without type declarations) ----

interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
  rawBody: string;
}

interface Fixture {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

interface FixtureModule {
  startSipPulseServer(options: { port: number }): Promise<Fixture>;
}

interface OpenAiFixture {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

interface OpenAiFixtureModule {
  startOpenAiServer(options: { port: number }): Promise<OpenAiFixture>;
}

const FIXTURE_MODULE = new URL('../../../e2e/fixtures/sippulse-server.mjs', import.meta.url).href;
const OPENAI_FIXTURE_MODULE = new URL('../../../e2e/fixtures/openai-server.mjs', import.meta.url)
  .href;
const PROJECT_NODE_MODULES = fileURLToPath(new URL('../../../node_modules', import.meta.url));
const API_KEY = 'test-key';
const MODEL_PREFIX = 'codegen-exec';

// ---- which interpreters are here ----

function pythonProblem(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import requests'], { encoding: 'utf8' });
  if (probe.error) return `python3 is not available (${probe.error.message})`;
  if (probe.status !== 0) return 'the Python package "requests" is not installed';
  return undefined;
}

const PYTHON_PROBLEM = pythonProblem();
if (PYTHON_PROBLEM) {
  console.warn(`codegen exec: skipping the Python programs because ${PYTHON_PROBLEM}.`);
}
const skipLanguage: Record<CodeLanguage, boolean> = {
  curl: false,
  python: PYTHON_PROBLEM !== undefined,
  javascript: false,
};

const INTERPRETER: Record<CodeLanguage, string> = {
  curl: 'bash',
  python: 'python3',
  javascript: process.execPath,
};

const LANGUAGES: readonly CodeLanguage[] = ['curl', 'python', 'javascript'];

// ---- running programs, a few at a time (the machine has 2 cores) ----

interface RunResult {
  code: number | string | null;
  stdout: string;
  stderr: string;
}

const MAX_PARALLEL = 3;
/** Waiting for a turn in the pool counts against a test's time; each run has its own 20 s limit. */
const QUEUED = { timeout: 60_000 };
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * Runs with none of the keys or OpenAI settings of the surrounding shell
 * (the openai package reads OPENAI_*), then `overrides` set (or, when
 * undefined, remove) environment variables.
 */
function execute(
  command: string,
  args: string[],
  overrides: Record<string, string | undefined> = {},
): Promise<RunResult> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    // Never route the fixture's 127.0.0.1 through a proxy (curl and requests honour these).
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    PYTHONIOENCODING: 'utf-8',
  };
  for (const name of [
    'SIPPULSE_API_KEY',
    'OPENAI_API_KEY',
    'OPENAI_BASE_URL',
    'OPENAI_ORG_ID',
    'OPENAI_PROJECT_ID',
  ]) {
    delete env[name];
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return limited(
    () =>
      new Promise((resolve) => {
        execFile(
          command,
          args,
          { env, timeout: 20_000, encoding: 'utf8', maxBuffer: 10 * 1024 * 1024 },
          (error, stdout, stderr) => {
            const code = error ? ((error as { code?: number | string }).code ?? null) : 0;
            resolve({ code, stdout, stderr });
          },
        );
      }),
  );
}

let dir = '';
let fixture: Fixture;
let oaiFixture: OpenAiFixture;
let fileCounter = 0;

/**
 * Writes and runs the program for `req`. Only `req.auth.envVar` holds a key
 * (unless `withKey` is false), plus whatever `env` adds. SDK programs talk to
 * the OpenAI fixture.
 */
async function runProgram(
  req: PreparedRequest,
  language: CodeLanguage,
  { variant = 'http', withKey = true, env = {} }: RunOptions = {},
): Promise<RunResult & { file: string }> {
  const file = join(dir, `program-${++fileCounter}.${fileExtension[language]}`);
  const code = generateCode(req, language, variant, { sdkBaseUrl: `${oaiFixture.url}/v1` });
  await writeFile(file, code, 'utf8');
  const run = await execute(INTERPRETER[language], [file], {
    [req.auth.envVar]: withKey ? API_KEY : undefined,
    ...env,
  });
  return { ...run, file };
}

interface RunOptions {
  variant?: CodeVariant;
  withKey?: boolean;
  env?: Record<string, string>;
}

// ---- what the programs print ----

interface WireChoice {
  index?: number;
  text?: string;
  message?: { content?: string | null };
  delta?: { content?: string | null };
}

/**
 * The answer's text per choice index, from cURL's raw output (the JSON body,
 * or the SSE stream): chat `message`/`delta` content or Complete mode `text`.
 */
function textsFromCurl(stdout: string, stream: boolean): string[] {
  const texts: string[] = [];
  const add = (choice: WireChoice, piece: string | null | undefined) => {
    const index = choice.index ?? 0;
    texts[index] = (texts[index] ?? '') + (piece ?? '');
  };
  if (!stream) {
    const json = JSON.parse(stdout) as { choices: WireChoice[] };
    for (const choice of json.choices) add(choice, choice.message?.content ?? choice.text);
    return texts;
  }
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    if (!line.startsWith('data:')) continue;
    const data = line.slice(5).trim();
    if (data === '[DONE]') break;
    const chunk = JSON.parse(data) as { choices?: WireChoice[] };
    for (const choice of chunk.choices ?? []) add(choice, choice.delta?.content ?? choice.text);
  }
  return texts;
}

/** What the HTTP and SDK programs print for these choice texts. */
function printed(texts: readonly string[], multi: boolean): string {
  if (!multi) return `${texts[0]}\n`;
  return texts.map((text, i) => `Choice ${i + 1}:\n${text}\n`).join('');
}

/** Checks a run's output: cURL's raw response, or the program's printed answer. */
function expectAnswer(
  run: RunResult,
  language: CodeLanguage,
  stream: boolean,
  texts: readonly string[],
  multi: boolean,
  context: string,
): void {
  if (language === 'curl') expect(textsFromCurl(run.stdout, stream), context).toEqual(texts);
  else expect(run.stdout, context).toBe(printed(texts, multi));
}

function runTag(id: string): string {
  return `[run ${id.replace(/[^\x20-\x7e]/g, 'x')}]`;
}

function buildFor(input: CaseInput, stream: boolean, tag: string): PreparedRequest {
  return buildRequest({
    connection: { provider: 'sippulse', baseUrl: fixture.url },
    ...input,
    // A unique, plain-ASCII marker tells the recorded requests apart.
    system: `${input.system} ${tag}`,
    stream,
  });
}

function recorded(tag: string): RecordedRequest[] {
  return fixture.requests.filter((r) => r.rawBody.includes(tag));
}

async function script(body: unknown): Promise<void> {
  const res = await fetch(`${fixture.url}/__script`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`script rejected: ${await res.text()}`);
}

// ---- bookkeeping for the summary ----

const results: { name: string; ok: boolean }[] = [];

function track(name: string, fn: () => Promise<void>): () => Promise<void> {
  return async () => {
    try {
      await fn();
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false });
      throw error;
    }
  };
}

beforeAll(async () => {
  const mod = (await import(/* @vite-ignore */ FIXTURE_MODULE)) as FixtureModule;
  fixture = await mod.startSipPulseServer({ port: 0 });
  const oaiMod = (await import(/* @vite-ignore */ OPENAI_FIXTURE_MODULE)) as OpenAiFixtureModule;
  oaiFixture = await oaiMod.startOpenAiServer({ port: 0 });
  dir = await mkdtemp(join(tmpdir(), 'codegen-exec-'));
  // The SDK programs `import OpenAI from "openai"`: let them find the project's copy.
  await symlink(PROJECT_NODE_MODULES, join(dir, 'node_modules'), 'dir');
});

afterAll(async () => {
  await fixture?.close();
  await oaiFixture?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  const passed = results.filter((r) => r.ok).length;
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  console.log(
    `codegen exec: ${results.length} program runs (language × request), ${passed} passed` +
      (failed.length ? `, ${failed.length} failed: ${failed.join(', ')}` : '') +
      (PYTHON_PROBLEM ? `; Python skipped: ${PYTHON_PROBLEM}` : ''),
  );
});

describe.concurrent('generated programs against the fixture server', QUEUED, () => {
  for (const c of CASES) {
    for (const stream of c.streams) {
      for (const language of LANGUAGES) {
        const name = `${language} × ${c.name}${stream ? ' (stream)' : ''}`;
        it.skipIf(skipLanguage[language])(
          name,
          track(name, async () => {
            const tag = runTag(name);
            const req = buildFor(c.input, stream, tag);
            const run = await runProgram(req, language);
            const context = `${name}\n${run.file}\nstderr: ${run.stderr}`;
            expect(run.code, context).toBe(0);

            const seen = recorded(tag);
            expect(seen, context).toHaveLength(1);
            const [request] = seen;
            expect(request?.method).toBe('POST');
            expect(request?.path).toBe('/v1/llms/completion');
            expect(request?.headers['api-key']).toBe(API_KEY);
            expect(request?.headers['content-type']).toMatch(/^application\/json/);
            expect(request?.body, context).toEqual(req.body);

            expectAnswer(run, language, stream, [fixtureAnswer(c.lastUserText)], false, context);
          }),
        );
      }
    }
  }
});

describe.concurrent('answers with tool calls', QUEUED, () => {
  const toolCase = CASES.find((c) => c.name === 'tool-conversation');
  for (const stream of [false, true]) {
    for (const language of LANGUAGES) {
      const name = `${language} × tool-call answer${stream ? ' (stream)' : ''}`;
      it.skipIf(skipLanguage[language] || !toolCase)(
        name,
        track(name, async () => {
          const model = `${MODEL_PREFIX}-tools-${language}-${stream}`;
          await script({
            kind: 'toolCalls',
            model,
            toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: { city: 'Paris' } }],
          });
          const req = buildFor({ ...toolCase!.input, model }, stream, runTag(name));
          const run = await runProgram(req, language);
          expect(run.code, run.stderr).toBe(0);
          expect(recorded(runTag(name))[0]?.body).toEqual(req.body);
          if (language === 'curl') expect(run.stdout).toContain('get_weather');
          else expect(run.stdout).toContain('tool call: get_weather({"city":"Paris"})');
        }),
      );
    }
  }
});

describe.concurrent('errors exit non-zero with the server’s message', QUEUED, () => {
  const plain = CASES[0]!;
  for (const language of LANGUAGES) {
    const name = `${language} × HTTP 429`;
    it.skipIf(skipLanguage[language])(
      name,
      track(name, async () => {
        const model = `${MODEL_PREFIX}-429-${language}`;
        await script({ kind: 'error', status: 429, model });
        const run = await runProgram(
          buildFor({ ...plain.input, model }, false, runTag(name)),
          language,
        );
        expect(run.code).not.toBe(0);
        expect(run.stdout + run.stderr).toContain('rate_limit_exceeded');
      }),
    );
  }
  for (const language of ['python', 'javascript'] as const) {
    const name = `${language} × error mid-stream`;
    it.skipIf(skipLanguage[language])(
      name,
      track(name, async () => {
        const model = `${MODEL_PREFIX}-midstream-${language}`;
        await script({ kind: 'midStreamError', model, message: 'upstream fell over' });
        const run = await runProgram(
          buildFor({ ...plain.input, model }, true, runTag(name)),
          language,
        );
        expect(run.code).not.toBe(0);
        expect(run.stderr).toContain('upstream fell over');
        expect(run.stdout).toContain('Hello');
      }),
    );
  }
  for (const language of LANGUAGES) {
    const name = `${language} × missing key`;
    it.skipIf(skipLanguage[language])(
      name,
      track(name, async () => {
        const req = buildFor(plain.input, false, runTag(name));
        const run = await runProgram(req, language, { withKey: false });
        expect(run.code).not.toBe(0);
        expect(run.stdout + run.stderr).toMatch(/SIPPULSE_API_KEY|invalid_api_key/);
      }),
    );
  }
});

// ---- the OpenAI-compatible fixture: chat for an `openai` connection, the SDK, Complete mode ----
//
// The `openai` package posts the body it is given unchanged (no fields added,
// `stream: false` kept), so the fixture must receive exactly `req.body`. For
// an OpenAI connection that body already holds the dialect's
// `stream_options: {include_usage: true}` on streamed requests; the fixture then
// ends the stream with a `choices: []` usage chunk, which every snippet must survive.

/** The OpenAI fixture's chat answer, per choice. */
function openAiChatTexts(lastUserText: string, n: number): string[] {
  const said = `Hello from the OpenAI fixture. You said: ${lastUserText}`;
  if (n === 1) return [said];
  return Array.from({ length: n }, (_, i) => `Choice ${i + 1}: ${said}`);
}

/** The OpenAI fixture's text completion, per choice (`echo` puts the prompt in front). */
function openAiCompletionTexts(prompt: string, n: number, echo: boolean): string[] {
  const tail = (i: number) =>
    n === 1
      ? ' and they lived happily ever after.'
      : ` and they lived happily ever after (choice ${i + 1}).`;
  return Array.from({ length: n }, (_, i) => (echo ? prompt : '') + tail(i));
}

function choiceCount(req: PreparedRequest): number {
  return typeof req.body.n === 'number' ? req.body.n : 1;
}

type ChatProvider = 'openai' | 'sippulse';

/**
 * A chat request for the OpenAI fixture. For SipPulse (SDK only) the fixture
 * stands in for its OpenAI-compatible `/v1/openai` endpoint.
 */
function buildChatFor(
  provider: ChatProvider,
  input: CaseInput,
  stream: boolean,
  tag: string,
): PreparedRequest {
  return buildRequest({
    connection: { provider, baseUrl: provider === 'openai' ? `${oaiFixture.url}/v1` : fixture.url },
    ...input,
    system: `${input.system} ${tag}`,
    stream,
  });
}

/** A Complete mode request for the OpenAI fixture, tagged in its prompt. */
function buildCompleteFor(input: CompleteCaseInput, stream: boolean, tag: string): PreparedRequest {
  return buildRequest({
    connection: { provider: 'openai', baseUrl: `${oaiFixture.url}/v1` },
    ...input,
    prompt: `${input.prompt} ${tag}`,
    stream,
  });
}

function recordedByOpenAi(tag: string): RecordedRequest[] {
  return oaiFixture.requests.filter((r) => r.rawBody.includes(tag));
}

async function scriptOpenAi(body: unknown): Promise<void> {
  const res = await fetch(`${oaiFixture.url}/__script`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`script rejected: ${await res.text()}`);
}

/** The one request `tag` marks reached `path` with the key and exactly `req.body`. */
function expectOneOpenAiRequest(tag: string, path: string, req: PreparedRequest, context: string) {
  const seen = recordedByOpenAi(tag);
  expect(seen, context).toHaveLength(1);
  const [request] = seen;
  expect(request?.method).toBe('POST');
  expect(request?.path).toBe(path);
  expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  expect(request?.headers['content-type']).toMatch(/^application\/json/);
  expect(request?.body, context).toEqual(req.body);
}

function runSdkProgram(req: PreparedRequest, withKey = true) {
  return runProgram(req, 'javascript', { variant: 'sdk', withKey });
}

// What an OpenAI connection changes for the HTTP programs: Bearer auth, the
// `choices: []` usage chunk ending streams, and servers that honour `n`. The
// cases below cover each once (the SipPulse runs above cover the rest).
const OPENAI_HTTP_CHAT_RUNS: readonly [CodegenCase, boolean][] = [
  [CASES.find((c) => c.name === 'plain')!, false],
  [CASES.find((c) => c.name === 'all-params')!, true],
  [CASES.find((c) => c.name === 'nasty-strings')!, true],
  [MULTI_CHOICE_CASE, false],
  [MULTI_CHOICE_CASE, true],
];

describe.concurrent(
  'chat programs for an OpenAI connection against the OpenAI fixture',
  QUEUED,
  () => {
    for (const [c, stream] of OPENAI_HTTP_CHAT_RUNS) {
      {
        for (const language of LANGUAGES) {
          const name = `${language} (openai) × ${c.name}${stream ? ' (stream)' : ''}`;
          it.skipIf(skipLanguage[language])(
            name,
            track(name, async () => {
              const tag = runTag(name);
              const req = buildChatFor('openai', c.input, stream, tag);
              const run = await runProgram(req, language);
              const context = `${name}\n${run.file}\nstderr: ${run.stderr}`;
              expect(run.code, context).toBe(0);
              expectOneOpenAiRequest(tag, '/v1/chat/completions', req, context);
              if (stream) expect(req.body.stream_options).toEqual({ include_usage: true });
              const n = choiceCount(req);
              const texts = openAiChatTexts(c.lastUserText, n);
              expectAnswer(run, language, stream, texts, n > 1, context);
            }),
          );
        }
      }
    }
  },
);

describe.concurrent('several choices with tool calls', QUEUED, () => {
  const toolCase = CASES.find((c) => c.name === 'tool-conversation');
  const runners: readonly [CodeLanguage, CodeVariant][] = [
    ['python', 'http'],
    ['javascript', 'http'],
    ['javascript', 'sdk'],
  ];
  for (const stream of [false, true]) {
    for (const [language, variant] of runners) {
      const name = `${language} ${variant} × n = 2 tool-call answer${stream ? ' (stream)' : ''}`;
      it.skipIf(skipLanguage[language] || !toolCase)(
        name,
        track(name, async () => {
          const model = `${MODEL_PREFIX}-multi-tools-${language}-${variant}-${stream}`;
          await scriptOpenAi({
            kind: 'toolCalls',
            model,
            toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: { city: 'Paris' } }],
          });
          const input = { ...toolCase!.input, model, params: { ...toolCase!.input.params, n: 2 } };
          const req = buildChatFor('openai', input, stream, runTag(name));
          const run = await runProgram(req, language, { variant });
          const context = `${name}\n${run.file}\nstderr: ${run.stderr}`;
          expect(run.code, context).toBe(0);
          expect(recordedByOpenAi(runTag(name))[0]?.body).toEqual(req.body);
          // Streamed, a choice's (empty) text is printed; whole, its null content is not.
          const choice = (i: number) =>
            `Choice ${i}:\n${stream ? '\n' : ''}tool call: get_weather({"city":"Paris"})\n`;
          expect(run.stdout, context).toBe(choice(1) + choice(2));
        }),
      );
    }
  }
});

describe.concurrent('Complete mode programs against the OpenAI fixture', QUEUED, () => {
  const runners: readonly [CodeLanguage, CodeVariant][] = [
    ['curl', 'http'],
    ['python', 'http'],
    ['javascript', 'http'],
    ['javascript', 'sdk'],
  ];
  for (const c of COMPLETE_CASES) {
    for (const stream of c.streams) {
      for (const [language, variant] of runners) {
        const name = `${language} ${variant} × ${c.name}${stream ? ' (stream)' : ''}`;
        it.skipIf(skipLanguage[language])(
          name,
          track(name, async () => {
            const tag = runTag(name);
            const req = buildCompleteFor(c.input, stream, tag);
            const run = await runProgram(req, language, { variant });
            const context = `${name}\n${run.file}\nstderr: ${run.stderr}`;
            expect(run.code, context).toBe(0);
            expectOneOpenAiRequest(tag, '/v1/completions', req, context);
            const n = choiceCount(req);
            const prompt = String(req.body.prompt);
            const texts = openAiCompletionTexts(prompt, n, req.body.echo === true);
            expectAnswer(run, language, stream, texts, n > 1, context);
          }),
        );
      }
    }
  }
});

describe.concurrent('JavaScript SDK programs against the OpenAI fixture', QUEUED, () => {
  for (const provider of ['openai', 'sippulse'] as const) {
    // n > 1 adds nothing provider-specific to an SDK program: one provider is enough.
    const cases = provider === 'openai' ? [...CASES, MULTI_CHOICE_CASE] : CASES;
    for (const c of cases) {
      for (const stream of c.streams) {
        const name = `javascript sdk (${provider}) × ${c.name}${stream ? ' (stream)' : ''}`;
        it(
          name,
          track(name, async () => {
            const tag = runTag(name);
            const req = buildChatFor(provider, c.input, stream, tag);
            const run = await runSdkProgram(req);
            const context = `${name}\n${run.file}\nstderr: ${run.stderr}`;
            expect(run.code, context).toBe(0);
            expectOneOpenAiRequest(tag, '/v1/chat/completions', req, context);
            if (provider === 'openai' && stream) {
              expect(req.body.stream_options).toEqual({ include_usage: true });
            }
            const n = choiceCount(req);
            const texts = openAiChatTexts(c.lastUserText, n);
            expect(run.stdout, context).toBe(printed(texts, n > 1));
          }),
        );
      }
    }
  }

  const toolCase = CASES.find((c) => c.name === 'tool-conversation');
  for (const stream of [false, true]) {
    const name = `javascript sdk × tool-call answer${stream ? ' (stream)' : ''}`;
    it.skipIf(!toolCase)(
      name,
      track(name, async () => {
        const model = `${MODEL_PREFIX}-sdk-tools-${stream}`;
        await scriptOpenAi({
          kind: 'toolCalls',
          model,
          // Two calls whose fragments alternate, numbered from 1 as some servers do.
          startIndex: 1,
          interleave: true,
          toolCalls: [
            { id: 'call_1', name: 'get_weather', arguments: { city: 'Paris' } },
            { id: 'call_2', name: 'get_weather', arguments: { city: 'Lima' } },
          ],
        });
        const req = buildChatFor('openai', { ...toolCase!.input, model }, stream, runTag(name));
        const run = await runSdkProgram(req);
        expect(run.code, run.stderr).toBe(0);
        expect(recordedByOpenAi(runTag(name))[0]?.body).toEqual(req.body);
        expect(run.stdout).toBe(
          '\n'.repeat(stream ? 1 : 0) +
            'tool call: get_weather({"city":"Paris"})\n' +
            'tool call: get_weather({"city":"Lima"})\n',
        );
      }),
    );
  }

  const plain = CASES[0]!;
  {
    const name = 'javascript sdk × HTTP 400';
    it(
      name,
      track(name, async () => {
        const model = `${MODEL_PREFIX}-sdk-400`;
        // A 400 is not retried by the SDK, so the run fails at once.
        await scriptOpenAi({ kind: 'error', status: 400, code: 'context_length_exceeded', model });
        const run = await runSdkProgram(
          buildChatFor('openai', { ...plain.input, model }, false, runTag(name)),
        );
        expect(run.code).not.toBe(0);
        expect(run.stderr).toContain('maximum context length');
        expect(recordedByOpenAi(runTag(name))).toHaveLength(1);
      }),
    );
  }
  {
    const name = 'javascript sdk × error mid-stream';
    it(
      name,
      track(name, async () => {
        const model = `${MODEL_PREFIX}-sdk-midstream`;
        await scriptOpenAi({ kind: 'midStreamError', model, message: 'upstream fell over' });
        const run = await runSdkProgram(
          buildChatFor('openai', { ...plain.input, model }, true, runTag(name)),
        );
        expect(run.code).not.toBe(0);
        expect(run.stderr).toContain('upstream fell over');
        expect(run.stdout).toContain('Hello');
      }),
    );
  }
  {
    const name = 'javascript sdk × missing key';
    it(
      name,
      track(name, async () => {
        const req = buildChatFor('openai', plain.input, false, runTag(name));
        const run = await runSdkProgram(req, false);
        expect(run.code).not.toBe(0);
        expect(run.stderr).toContain('Set the OPENAI_API_KEY environment variable.');
        expect(recordedByOpenAi(runTag(name))).toHaveLength(0);
      }),
    );
  }
  {
    // Left undefined, the package's apiKey falls back to OPENAI_API_KEY and
    // would send that key to the SipPulse URL.
    const name = 'javascript sdk (sippulse) × only OPENAI_API_KEY set';
    it(
      name,
      track(name, async () => {
        const openAiKey = 'sk-openai-must-stay-home-7d1f';
        const req = buildChatFor('sippulse', plain.input, false, runTag(name));
        const run = await runProgram(req, 'javascript', {
          variant: 'sdk',
          withKey: false,
          env: { OPENAI_API_KEY: openAiKey },
        });
        expect(run.code).not.toBe(0);
        expect(run.stderr).toContain('Set the SIPPULSE_API_KEY environment variable.');
        const leaked = [...oaiFixture.requests, ...fixture.requests].filter((r) =>
          Object.values(r.headers).some((value) => value.includes(openAiKey)),
        );
        expect(leaked).toHaveLength(0);
        expect(recordedByOpenAi(runTag(name))).toHaveLength(0);
      }),
    );
  }
});

describe('SDK variants compile', QUEUED, () => {
  /** Every request the snapshot tests cover (chat, n > 1, Complete mode), and n > 1 with tools. */
  function allRequests(): PreparedRequest[] {
    const requests: PreparedRequest[] = [];
    for (const c of [...CASES, MULTI_CHOICE_CASE]) {
      for (const stream of c.streams) requests.push(buildFor(c.input, stream, ''));
    }
    for (const c of COMPLETE_CASES) {
      for (const stream of c.streams) requests.push(buildCompleteFor(c.input, stream, ''));
    }
    // Several choices with tool calls: a code path no case above takes.
    const tools = CASES.find((c) => c.name === 'tool-conversation')!.input;
    for (const stream of [false, true]) {
      requests.push(buildFor({ ...tools, params: { ...tools.params, n: 2 } }, stream, ''));
    }
    return requests;
  }

  it.skipIf(skipLanguage.python)('python: every SDK snippet is valid Python', async () => {
    const files: string[] = [];
    for (const [i, req] of allRequests().entries()) {
      const file = join(dir, `sdk-${i}.py`);
      await writeFile(file, generateCode(req, 'python', 'sdk'));
      files.push(file);
    }
    const check =
      'import sys\nfor f in sys.argv[1:]:\n    compile(open(f, encoding="utf-8").read(), f, "exec")';
    const run = await execute('python3', ['-c', check, ...files]);
    expect(run.code, run.stderr).toBe(0);
    expect(files).toHaveLength(17);
  });

  it('javascript: every SDK snippet is a valid ES module', async () => {
    const runs: Promise<RunResult>[] = [];
    for (const [i, req] of allRequests().entries()) {
      const file = join(dir, `sdk-${i}.mjs`);
      await writeFile(file, generateCode(req, 'javascript', 'sdk'));
      runs.push(execute(process.execPath, ['--check', file]));
    }
    const results = await Promise.all(runs);
    for (const run of results) expect(run.code, run.stderr).toBe(0);
    expect(results).toHaveLength(17);
  });
});
