// Runs the generated cURL, Python (requests) and JavaScript (fetch) programs
// against the SipPulse fixture server and checks that each one sends exactly
// the body buildRequest produced, with the key from the environment, and
// prints the answer. The SDK variants are syntax-checked only: the openai
// packages are not installed and the fixture has no /v1/openai route.

import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest } from '../request/buildRequest';
import type { PreparedRequest } from '../types';
import { fileExtension, generateCode } from './index';
import type { CodeLanguage } from './index';
import { CASES, fixtureAnswer } from './testCases';
import type { CaseInput } from './testCases';

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

const FIXTURE_MODULE = new URL('../../../e2e/fixtures/sippulse-server.mjs', import.meta.url).href;
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

function execute(command: string, args: string[], withKey = true): Promise<RunResult> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    SIPPULSE_API_KEY: withKey ? API_KEY : undefined,
    // Never route the fixture's 127.0.0.1 through a proxy (curl and requests honour these).
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    PYTHONIOENCODING: 'utf-8',
  };
  if (!withKey) delete env.SIPPULSE_API_KEY;
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
let fileCounter = 0;

async function runProgram(
  req: PreparedRequest,
  language: CodeLanguage,
  withKey = true,
): Promise<RunResult & { file: string }> {
  const file = join(dir, `program-${++fileCounter}.${fileExtension[language]}`);
  await writeFile(file, generateCode(req, language, 'http'), 'utf8');
  return { ...(await execute(INTERPRETER[language], [file], withKey)), file };
}

// ---- what the programs print ----

/** cURL prints the raw response: the JSON body, or the SSE stream. */
function answerFromCurl(stdout: string, stream: boolean): string {
  if (!stream) {
    const json = JSON.parse(stdout) as { choices: { message: { content: string } }[] };
    return json.choices[0]?.message.content ?? '';
  }
  let text = '';
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    if (!line.startsWith('data:')) continue;
    const data = line.slice(5).trim();
    if (data === '[DONE]') break;
    const chunk = JSON.parse(data) as { choices?: { delta?: { content?: string } }[] };
    text += chunk.choices?.[0]?.delta?.content ?? '';
  }
  return text;
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
  dir = await mkdtemp(join(tmpdir(), 'codegen-exec-'));
});

afterAll(async () => {
  await fixture?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  const passed = results.filter((r) => r.ok).length;
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  console.log(
    `codegen exec: ${results.length} program runs (language × request), ${passed} passed` +
      (failed.length ? `, ${failed.length} failed: ${failed.join(', ')}` : '') +
      (PYTHON_PROBLEM ? `; Python skipped: ${PYTHON_PROBLEM}` : ''),
  );
});

describe.concurrent('generated programs against the fixture server', () => {
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

            const answer = fixtureAnswer(c.lastUserText);
            if (language === 'curl') {
              expect(answerFromCurl(run.stdout, stream)).toBe(answer);
            } else {
              expect(run.stdout).toBe(`${answer}\n`);
            }
          }),
        );
      }
    }
  }
});

describe.concurrent('answers with tool calls', () => {
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

describe.concurrent('errors exit non-zero with the server’s message', () => {
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
        const run = await runProgram(req, language, false);
        expect(run.code).not.toBe(0);
        expect(run.stdout + run.stderr).toMatch(/SIPPULSE_API_KEY|invalid_api_key/);
      }),
    );
  }
});

describe('SDK variants compile', () => {
  it.skipIf(skipLanguage.python)('python: every SDK snippet is valid Python', async () => {
    const files: string[] = [];
    for (const c of CASES) {
      for (const stream of c.streams) {
        const file = join(dir, `sdk-${c.name}-${stream}.py`);
        await writeFile(file, generateCode(buildFor(c.input, stream, ''), 'python', 'sdk'));
        files.push(file);
      }
    }
    const check =
      'import sys\nfor f in sys.argv[1:]:\n    compile(open(f, encoding="utf-8").read(), f, "exec")';
    const run = await execute('python3', ['-c', check, ...files]);
    expect(run.code, run.stderr).toBe(0);
  });

  it('javascript: every SDK snippet is a valid ES module', async () => {
    const runs: Promise<RunResult>[] = [];
    for (const c of CASES) {
      for (const stream of c.streams) {
        const file = join(dir, `sdk-${c.name}-${stream}.mjs`);
        await writeFile(file, generateCode(buildFor(c.input, stream, ''), 'javascript', 'sdk'));
        runs.push(execute(process.execPath, ['--check', file]));
      }
    }
    for (const run of await Promise.all(runs)) expect(run.code, run.stderr).toBe(0);
  });
});
