import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRequest } from '../request/buildRequest';
import type { PreparedRequest } from '../types';
import { generateCode } from './index';
import { WLLAMA_MODULE_URL, WLLAMA_WASM_URL, wllamaCode } from './wllama';

const STORIES_URL =
  'https://huggingface.co/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf';

function chat(
  params: Record<string, unknown>,
  stream = true,
  model = 'stories260K',
): PreparedRequest {
  return buildRequest({
    connection: { provider: 'inbrowser', baseUrl: '' },
    model,
    system: 'You tell short stories.',
    messages: [{ role: 'user', content: 'Once upon a time' }],
    params,
    stream,
  });
}

function complete(params: Record<string, unknown>, stream = true): PreparedRequest {
  return buildRequest({
    connection: { provider: 'inbrowser', baseUrl: '' },
    model: 'stories260K',
    mode: 'complete',
    prompt: 'Once upon a time',
    suffix: '',
    params,
    stream,
  });
}

const dir = mkdtempSync(join(tmpdir(), 'wllama-code-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `node --check` parses the snippet as an ES module (top-level await included). */
function syntaxError(code: string): string | null {
  const file = join(dir, `snippet-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  const result = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
  return result.status === 0 ? null : result.stderr;
}

describe('wllama snippet', () => {
  it('streams a chat from the Hub with the request’s parameters (snapshot)', () => {
    const code = wllamaCode(
      chat(
        { temperature: 1, seed: 42, max_tokens: 64, stop: ['The end'] },
        true,
        'SmolLM2-135M-Instruct-Q8_0',
      ),
      {
        url: 'https://huggingface.co/bartowski/SmolLM2-135M-Instruct-GGUF/resolve/main/SmolLM2-135M-Instruct-Q8_0.gguf',
        chatTemplate: true,
      },
    );
    expect(code).toMatchSnapshot();
    expect(syntaxError(code)).toBeNull();
  });

  it('imports the same wllama version from the CDN, with its wasm', () => {
    const code = wllamaCode(chat({}), { url: STORIES_URL, chatTemplate: false });
    expect(code).toContain(`import { Wllama } from "${WLLAMA_MODULE_URL}";`);
    expect(WLLAMA_MODULE_URL).toBe(
      'https://cdn.jsdelivr.net/npm/@wllama/wllama@3.8.1/esm/index.js',
    );
    expect(code).toContain(`new Wllama({ default: "${WLLAMA_WASM_URL}" })`);
    expect(code).toContain(`loadModelFromUrl("${STORIES_URL}"`);
    expect(code).toContain('n_ctx: 2048');
  });

  it('sends a template-less model the conversation as plain text', () => {
    const code = wllamaCode(chat({ max_tokens: 20 }), { url: STORIES_URL, chatTemplate: false });
    expect(code).toContain('no chat template');
    expect(code).toContain('wllama.createCompletion(options)');
    expect(code).toContain('prompt: "You tell short stories.\\n\\nOnce upon a time"');
    expect(code).toContain('chunk.choices[0]?.text');
    expect(syntaxError(code)).toBeNull();
  });

  it('continues a Complete-mode prompt, without streaming when asked', () => {
    const code = wllamaCode(complete({ temperature: 0, max_tokens: 8 }, false), {
      url: STORIES_URL,
      chatTemplate: false,
    });
    expect(code).toContain('const response = await wllama.createCompletion(options);');
    expect(code).toContain('prompt: "Once upon a time"');
    expect(code).toContain('temperature: 0');
    expect(code).toContain('stream: false');
    expect(code).toContain('response.choices[0]?.text');
    expect(syntaxError(code)).toBeNull();
  });

  it('asks for an opened file again instead of inventing a URL', () => {
    const code = wllamaCode(chat({}, true, 'file:my-model.gguf'), {
      fileName: 'my-model.gguf',
      chatTemplate: true,
    });
    expect(code).toContain('opened from disk (my-model.gguf)');
    expect(code).toContain('await wllama.loadModel([file]');
    expect(code).not.toContain('loadModelFromUrl');
    expect(syntaxError(code)).toBeNull();
  });

  it('loads a models/ file relative to the page', () => {
    const code = wllamaCode(chat({}, true, 'models/mine.gguf'), {
      localPath: 'models/mine.gguf',
      chatTemplate: true,
    });
    expect(code).toContain('new URL("models/mine.gguf", location.href).href');
    expect(syntaxError(code)).toBeNull();
  });

  it('runs one call per choice for n > 1', () => {
    const code = wllamaCode(chat({ n: 2, seed: 5 }), { url: STORIES_URL, chatTemplate: true });
    expect(code).toContain('n = 2 means 2 calls');
    expect(code).toContain('seed: 5');
    expect(code).toContain('seed: 6');
    expect(syntaxError(code)).toBeNull();
  });

  it('keeps hostile text inert inside the snippet', () => {
    const req = chat({ stop: ['</script><script>alert(1)</script>'] });
    const code = wllamaCode(req, { url: STORIES_URL, chatTemplate: true });
    expect(code).not.toContain('</script><script>alert');
    expect(code).toContain('"\\u003c/script><script>alert(1)\\u003c/script>"');
    expect(syntaxError(code)).toBeNull();
  });

  it('is what View Code shows for the in-browser provider, in every tab', () => {
    const req = chat({ temperature: 0.5 });
    const expected = wllamaCode(req, { url: STORIES_URL, chatTemplate: false });
    const options = { inBrowser: { url: STORIES_URL, chatTemplate: false } };
    expect(generateCode(req, 'javascript', 'http', options)).toBe(expected);
    expect(generateCode(req, 'curl', 'http', options)).toBe(expected);
    expect(expected).not.toMatch(/api[-_ ]?key|Authorization/i);
  });
});
