// The in-browser engine: llama.cpp compiled to WebAssembly (wllama), running
// in wllama's own Web Worker. Only ever loaded through `import()`, so none of
// it (nor the 8 MB wasm) is part of the first screen.
//
// Threads: wllama runs multi-threaded only when SharedArrayBuffer can be
// posted to a worker, which browsers allow only on cross-origin-isolated pages
// (COOP + COEP headers). Without isolation it is single-threaded; we say so
// explicitly rather than let it guess.

import {
  CacheManager,
  LogLevel,
  ModelManager,
  Wllama,
  type ChatCompletionChunk,
  type ChatCompletionParams,
  type RawCompletionChunk,
  type RawCompletionParams,
} from '@wllama/wllama/esm/index.js';
import wasmUrl from '@wllama/wllama/esm/wasm/wllama.wasm?url';
import {
  inBrowserContextSize,
  resolveModelSource,
  type ModelSource,
} from '../../core/models/inBrowserCatalog';
import { ChunkDecoder, decodeChatCompletion } from '../../core/stream/chatChunks';
import { ownString } from '../../core/stream/wireFields';
import type { PreparedRequest, StreamEvent, Usage } from '../../core/types';
import { ggufFacts, hasGgufMagic } from '../../core/inbrowser/ggufFacts';
import {
  describeLoadError,
  EngineLoadError,
  llamaReason,
  type LoadAttempt,
} from '../../core/inbrowser/loadErrors';
import { appUrl, localModels } from './models';
import { setEngineState, useInBrowserEngine, type InBrowserState } from './store';
import { combineUsage, planWllamaRun, readdressChunk, usageOf } from '../../core/inbrowser/runPlan';

/** llama.cpp's error lines since the current load began: its reason when it refuses a file. */
let nativeErrors: string[] = [];

const logger = {
  debug: () => {},
  log: () => {},
  warn: console.warn.bind(console),
  error: (...args: unknown[]) => {
    if (nativeErrors.length < 50) nativeErrors.push(args.map(String).join(' '));
    console.error(...args);
  },
};

/** OPFS (and SHA-1 for cache keys) exist only in secure contexts. */
const canCache =
  typeof navigator !== 'undefined' &&
  !!navigator.storage?.getDirectory &&
  typeof crypto !== 'undefined' &&
  !!crypto.subtle;

let modelManager: ModelManager | null = null;
function models(): ModelManager | null {
  if (!canCache) return null;
  modelManager ??= new ModelManager({ cacheManager: new CacheManager(), logger });
  return modelManager;
}

let instance: Wllama | null = null;
let loadedId: string | null = null;
let hasChatTemplate = true;
/** Aborts the download in progress (the panel's Cancel). */
let loadAbort: AbortController | null = null;
/** Load, unload and cache removal run one at a time, in order. */
let queue: Promise<unknown> = Promise.resolve();

function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Rejects as soon as `signal` aborts, leaving `promise` to finish on its own. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

type Progress = (loaded: number, total: number) => void;

/** A plain download with progress, for files that need no cache (local, or no OPFS). */
async function download(url: string, signal: AbortSignal, progress: Progress): Promise<Blob> {
  const response = await fetch(url, { signal });
  if (!response.ok) {
    throw new EngineLoadError('http', `HTTP ${response.status} for ${url}`, response.status);
  }
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body) return response.blob();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    loaded += value.byteLength;
    progress(loaded, total);
  }
  return new Blob(parts);
}

const GGUF_URL = /\.gguf(\?.*)?$/i;

async function fetchModel(
  id: string,
  source: ModelSource,
  signal: AbortSignal,
  progress: Progress,
): Promise<Blob[]> {
  switch (source.kind) {
    case 'file': {
      const file = useInBrowserEngine.getState().files[id];
      if (!file) {
        throw new EngineLoadError(
          'unavailable',
          `${source.name} was opened before this page was reloaded, and the browser keeps no copy of opened files.`,
        );
      }
      return [file];
    }
    case 'local':
      return [await download(appUrl(source.appUrl), signal, progress)];
    case 'hub':
    case 'url': {
      if (!GGUF_URL.test(new URL(source.url).pathname)) {
        throw new EngineLoadError('bad_url', `${source.url} does not name a .gguf file.`);
      }
      const manager = models();
      if (!manager) return [await download(source.url, signal, progress)];
      const model = await manager.getModelOrDownload(
        { url: source.url },
        { signal, progressCallback: ({ loaded, total }) => progress(loaded, total) },
      );
      setEngineState({ cached: { ...useInBrowserEngine.getState().cached, [id]: true } });
      return model.open();
    }
  }
}

function attemptFor(id: string, source: ModelSource | undefined): LoadAttempt {
  if (!source) return { name: id, from: 'url' };
  switch (source.kind) {
    case 'hub':
      return { name: source.model.id, from: 'hub', sizeBytes: source.model.sizeBytes };
    case 'local':
      return { name: `models/${source.file}`, from: 'local', sizeBytes: source.size };
    case 'url':
      return { name: source.url, from: 'url' };
    case 'file': {
      const file = useInBrowserEngine.getState().files[id];
      return { name: source.name, from: 'file', sizeBytes: file?.size };
    }
  }
}

async function unloadNow(): Promise<void> {
  const current = instance;
  instance = null;
  loadedId = null;
  if (current) await current.exit().catch(() => undefined);
}

async function loadNow(id: string, signal?: AbortSignal): Promise<Wllama> {
  if (instance && loadedId === id) return instance;
  await unloadNow();
  const controller = new AbortController();
  loadAbort = controller;
  const combined = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
  const source = resolveModelSource(id, await localModels());
  const attempt = attemptFor(id, source);
  setEngineState({
    status: source?.kind === 'file' ? 'loading' : 'downloading',
    modelId: id,
    // Shown at once, before the first bytes arrive; the server's Content-Length then takes over.
    progress: { loaded: 0, total: attempt.sizeBytes ?? 0 },
    facts: null,
    modelFile: null,
    threads: null,
    problem: null,
  });
  let wllama: Wllama | null = null;
  try {
    if (!source) throw new EngineLoadError('unavailable', `There is no in-browser model "${id}".`);
    let lastShown = 0;
    const blobs = await fetchModel(id, source, combined, (loaded, total) => {
      // A React render per network chunk is wasted work; ten a second is plenty.
      const now = performance.now();
      if (now - lastShown < 100 && loaded !== total) return;
      lastShown = now;
      setEngineState({ progress: { loaded, total } });
    });
    const first = blobs[0];
    if (!first || !hasGgufMagic(new Uint8Array(await first.slice(0, 4).arrayBuffer()))) {
      throw new EngineLoadError('not_gguf', 'Not a GGUF file.');
    }
    const size = blobs.reduce((sum, b) => sum + b.size, 0);
    setEngineState({ status: 'loading', progress: { loaded: size, total: size } });
    wllama = new Wllama({ default: appUrl(wasmUrl) }, { logger });
    nativeErrors = [];
    await wllama.loadModel(blobs, {
      n_ctx: inBrowserContextSize(id),
      // Without cross-origin isolation wllama cannot start threads anyway.
      ...(globalThis.crossOriginIsolated ? {} : { n_threads: 1 }),
      // CPU only: predictable, and WebGPU start-up costs more than tiny models gain.
      n_gpu_layers: 0,
      log_level: LogLevel.WARN,
    });
    const info = wllama.getLoadedContextInfo();
    // wllama resolves even when llama.cpp refused the file; the load result says so.
    if ((info as unknown as { success?: boolean }).success === false) {
      throw new EngineLoadError(
        'rejected',
        llamaReason(nativeErrors) ?? 'llama.cpp could not read the file',
      );
    }
    const metadata = wllama.getModelMetadata();
    const facts = ggufFacts({
      meta: metadata.meta,
      nVocab: metadata.hparams.nVocab,
      nCtxTrain: metadata.hparams.nCtxTrain,
      nCtx: info.n_ctx,
    });
    hasChatTemplate = wllama.getChatTemplate() !== null;
    facts.chatTemplate = hasChatTemplate;
    instance = wllama;
    loadedId = id;
    setEngineState({
      status: 'ready',
      facts,
      modelFile: first,
      threads: wllama.getNumThreads(),
      progress: null,
    });
    return wllama;
  } catch (error) {
    await wllama?.exit().catch(() => undefined);
    if (combined.aborted || isAbortError(error)) {
      setEngineState({ status: 'idle', modelId: null, progress: null });
      throw abortError();
    }
    setEngineState({
      status: 'error',
      progress: null,
      problem: describeLoadError(error, attempt),
    });
    throw error;
  } finally {
    if (loadAbort === controller) loadAbort = null;
  }
}

/** Loads model `id` unless it is already loaded; the previous model is unloaded first. */
export function loadInBrowserModel(id: string, signal?: AbortSignal): Promise<Wllama> {
  return serial(() => loadNow(id, signal));
}

/** Stops a download in progress. Loading into memory cannot be interrupted. */
export function cancelLoad(): void {
  loadAbort?.abort();
}

/** The engine's state with no model in memory. */
const NOTHING_LOADED = {
  status: 'idle',
  modelId: null,
  facts: null,
  modelFile: null,
  threads: null,
} as const satisfies Partial<InBrowserState>;

/** Frees the model's memory (the worker and its wasm heap). */
export function unloadInBrowserModel(): Promise<void> {
  return serial(async () => {
    await unloadNow();
    setEngineState({ ...NOTHING_LOADED, progress: null, problem: null });
  });
}

function cacheUrl(id: string): string | undefined {
  const source = resolveModelSource(id, useInBrowserEngine.getState().local ?? []);
  return source?.kind === 'hub' || source?.kind === 'url' ? source.url : undefined;
}

/** Whether model `id` can load without the network (as far as the cache knows). */
export async function refreshCacheStatus(ids: readonly string[]): Promise<void> {
  const manager = models();
  if (!manager) return;
  await localModels();
  const cachedUrls = new Set((await manager.getModels()).map((m) => m.url));
  const cached: Record<string, boolean> = { ...useInBrowserEngine.getState().cached };
  for (const id of ids) {
    const url = cacheUrl(id);
    if (url) cached[id] = cachedUrls.has(url);
  }
  setEngineState({ cached });
}

/** Deletes model `id`'s download from the browser cache, unloading it first if loaded. */
export function removeFromCache(id: string): Promise<void> {
  return serial(async () => {
    const url = cacheUrl(id);
    const manager = models();
    if (!url || !manager) return;
    // The loaded model reads its weights from the cached file.
    if (loadedId === id) {
      await unloadNow();
      setEngineState(NOTHING_LOADED);
    }
    await manager.cacheManager.delete(url);
    setEngineState({ cached: { ...useInBrowserEngine.getState().cached, [id]: false } });
  });
}

/**
 * Runs a prepared request on the in-browser engine and yields the same
 * normalised events the HTTP transports produce. Loads the model first when
 * needed. Aborting `signal` stops generation within a token or two and
 * leaves the model loaded.
 */
export async function* runInBrowser(
  req: PreparedRequest,
  signal: AbortSignal,
): AsyncGenerator<StreamEvent> {
  const id = ownString(req.body, 'model') ?? '';
  let wllama: Wllama;
  try {
    wllama = await untilAborted(loadInBrowserModel(id, signal), signal);
  } catch (error) {
    if (signal.aborted || isAbortError(error)) throw abortError();
    const problem = useInBrowserEngine.getState().problem;
    yield {
      type: 'error',
      error: {
        code: 'model_load_failed',
        message: problem
          ? `${problem.title}. ${problem.detail} ${problem.action}`
          : error instanceof Error
            ? error.message
            : String(error),
      },
    };
    return;
  }

  const plan = planWllamaRun(req, { chatTemplate: hasChatTemplate });
  const usages: (Usage | undefined)[] = [];
  setEngineState({ busy: true });
  try {
    for (const [choice, call] of plan.calls.entries()) {
      if (signal.aborted) throw abortError();
      const options = { ...call, abortSignal: signal };
      if (plan.stream) {
        const chunks =
          plan.kind === 'chat'
            ? await wllama.createChatCompletion(options as ChatCompletionParams & { stream: true })
            : await wllama.createCompletion(options as RawCompletionParams & { stream: true });
        const decoder = new ChunkDecoder();
        let usage: Usage | undefined;
        for await (const chunk of chunks as AsyncIterable<
          ChatCompletionChunk | RawCompletionChunk
        >) {
          usage = usageOf(chunk) ?? usage;
          yield* decoder.decode(readdressChunk(chunk, choice));
        }
        yield* decoder.flush();
        usages.push(usage);
      } else {
        const response =
          plan.kind === 'chat'
            ? await wllama.createChatCompletion(
                options as ChatCompletionParams & { stream?: false },
              )
            : await wllama.createCompletion(options as RawCompletionParams & { stream?: false });
        usages.push(usageOf(response));
        for (const event of decodeChatCompletion(readdressChunk(response, choice))) {
          if (event.type !== 'done') yield event;
        }
      }
    }
  } catch (error) {
    if (signal.aborted || isAbortError(error)) throw abortError();
    yield {
      type: 'error',
      error: {
        code: 'inference_error',
        message: `The in-browser engine failed: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
    return;
  } finally {
    setEngineState({ busy: false });
  }
  const usage = combineUsage(usages);
  if (usage) yield { type: 'usage', usage };
  yield { type: 'done' };
}
