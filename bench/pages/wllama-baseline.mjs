// The least a page can do to run wllama: load the model the way the app's
// engine does (fetch the GGUF into a Blob, CPU only, single-threaded, the
// same context size), stream a completion and append each piece to a <pre>.
import { LogLevel, Wllama } from './wllama/index.js';

const MODEL_URL = '/models/stories260K.gguf';
const WASM_URL = '/bench/wllama/wllama.wasm';
const out = document.getElementById('out');
const quiet = { debug() {}, log() {}, warn: console.warn, error: console.error };

let wllama = null;

/** Downloads and loads the model; resolves with the milliseconds it took. */
async function load() {
  const t0 = performance.now();
  const response = await fetch(MODEL_URL);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${MODEL_URL}`);
  const blob = await response.blob();
  wllama = new Wllama({ default: WASM_URL }, { logger: quiet });
  await wllama.loadModel([blob], {
    n_ctx: 2048,
    n_threads: 1,
    n_gpu_layers: 0,
    log_level: LogLevel.WARN,
  });
  return performance.now() - t0;
}

/**
 * One streamed completion with `options`. Times are performance.now() when
 * the call started and when the first and the last non-empty piece reached
 * the DOM; `completionTokens` is llama.cpp's own count (usage, else timings).
 */
async function generate(options) {
  out.textContent = '';
  let chunks = 0;
  let firstAt;
  let lastAt;
  let completionTokens;
  let enginePerSecond;
  const startAt = performance.now();
  const stream = await wllama.createCompletion({ ...options, stream: true });
  for await (const chunk of stream) {
    const text = chunk.choices?.[0]?.text ?? '';
    if (text !== '') {
      out.append(text);
      chunks += 1;
      lastAt = performance.now();
      firstAt ??= lastAt;
    }
    completionTokens =
      chunk.usage?.completion_tokens ?? chunk.timings?.predicted_n ?? completionTokens;
    enginePerSecond = chunk.timings?.predicted_per_second ?? enginePerSecond;
  }
  return {
    startAt,
    firstAt,
    lastAt,
    chunks,
    completionTokens,
    enginePerSecond,
    text: out.textContent,
  };
}

window.bench = { load, generate, ready: true };
