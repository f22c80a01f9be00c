// The models the in-browser engine (llama.cpp in WebAssembly) can run, and
// where each one's bytes come from. Pure: the engine and the model picker
// both read it, and neither needs wllama to do so.

import { isRecord, own, ownString } from '../stream/wireFields';
import type { ModelInfo } from '../types';

export interface CuratedModel {
  /** Stable: it is saved with the connection and sent as the request's `model`. */
  id: string;
  label: string;
  /** Hugging Face repository and the file's path inside it. */
  repo: string;
  file: string;
  /** As the Hub lists it; the progress bar uses the server's Content-Length. */
  sizeBytes: number;
  /** Context length the model was trained with (GGUF `<arch>.context_length`). */
  contextLength: number;
  /** False when the GGUF carries no chat template (chat is sent as plain text). */
  chatTemplate: boolean;
  description: string;
}

export const IN_BROWSER_CATALOG: readonly CuratedModel[] = [
  {
    id: 'stories260K',
    label: 'stories260K (1.2 MB, story text)',
    repo: 'ggml-org/models',
    file: 'tinyllamas/stories260K.gguf',
    sizeBytes: 1_185_376,
    contextLength: 2048,
    chatTemplate: false,
    description:
      'A 260K-parameter model trained on children’s stories. It has no chat training: it continues text.',
  },
  {
    id: 'SmolLM2-135M-Instruct-Q8_0',
    label: 'SmolLM2 135M Instruct Q8_0 (145 MB)',
    repo: 'bartowski/SmolLM2-135M-Instruct-GGUF',
    file: 'SmolLM2-135M-Instruct-Q8_0.gguf',
    sizeBytes: 144_810_000,
    contextLength: 8192,
    chatTemplate: true,
    description: 'The smallest real chat model here: quick, English only, often wrong.',
  },
  {
    id: 'SmolLM2-360M-Instruct-Q8_0',
    label: 'SmolLM2 360M Instruct Q8_0 (386 MB)',
    repo: 'bartowski/SmolLM2-360M-Instruct-GGUF',
    file: 'SmolLM2-360M-Instruct-Q8_0.gguf',
    sizeBytes: 386_400_000,
    contextLength: 8192,
    chatTemplate: true,
    description: 'A small English chat model; slower, noticeably better than 135M.',
  },
  {
    id: 'Qwen2.5-0.5B-Instruct-Q4_K_M',
    label: 'Qwen2.5 0.5B Instruct Q4_K_M (491 MB)',
    repo: 'Qwen/Qwen2.5-0.5B-Instruct-GGUF',
    file: 'qwen2.5-0.5b-instruct-q4_k_m.gguf',
    sizeBytes: 491_400_000,
    contextLength: 32768,
    chatTemplate: true,
    description: 'Multilingual chat model with tool calling and JSON output; the largest here.',
  },
];

/** Enough for a long conversation with the small models here, and cheap in memory. */
export const MAX_IN_BROWSER_CONTEXT = 4096;
/** For files the catalogue does not know: most small GGUF models train on at least this. */
export const DEFAULT_IN_BROWSER_CONTEXT = 2048;

/** The context (`n_ctx`) the engine allocates for model `id`. */
export function inBrowserContextSize(id: string): number {
  const trained = curatedModel(id)?.contextLength;
  return Math.min(MAX_IN_BROWSER_CONTEXT, trained ?? DEFAULT_IN_BROWSER_CONTEXT);
}

export function hubUrl(repo: string, file: string): string {
  return `https://huggingface.co/${repo}/resolve/main/${file}`;
}

export function curatedModel(id: string): CuratedModel | undefined {
  return IN_BROWSER_CATALOG.find((m) => m.id === id);
}

/** A `.gguf` in the project's `models/` folder, as `models/index.json` lists it. */
export interface LocalModelFile {
  file: string;
  size: number;
}

/** A plain file name ending in .gguf: no folders, so it cannot climb out of `models/`. */
const SAFE_GGUF_NAME = /^[\w][\w.+-]*\.gguf$/i;

export function isSafeGgufName(name: string): boolean {
  return SAFE_GGUF_NAME.test(name) && !name.includes('..');
}

/** `models/index.json` → the files in it; anything malformed is skipped. */
export function parseLocalModelIndex(json: unknown): LocalModelFile[] {
  if (!Array.isArray(json)) return [];
  const out: LocalModelFile[] = [];
  for (const entry of json as unknown[]) {
    if (!isRecord(entry)) continue;
    const file = ownString(entry, 'file');
    const size = own(entry, 'size');
    if (file === undefined || !isSafeGgufName(file)) continue;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= 0) continue;
    if (out.some((f) => f.file === file)) continue;
    out.push({ file, size });
  }
  return out;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The local file that stands in for a curated model, when `models/` has it. */
export function localCopyOf(
  model: CuratedModel,
  local: readonly LocalModelFile[],
): LocalModelFile | undefined {
  return local.find((f) => f.file === baseName(model.file));
}

const LOCAL_PREFIX = 'models/';
const FILE_PREFIX = 'file:';

/** A `models/` file with no curated twin: its id is its path relative to the app. */
export function localModelId(file: string): string {
  return LOCAL_PREFIX + file;
}

/** A file the user opened or dropped; the bytes live only in this tab. */
export function openedFileId(name: string): string {
  return FILE_PREFIX + name;
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Where a model's bytes come from; `appUrl` values are relative to the page. */
export type ModelSource =
  | { kind: 'hub'; url: string; model: CuratedModel }
  | { kind: 'local'; appUrl: string; file: string; size: number; model?: CuratedModel }
  | { kind: 'url'; url: string }
  | { kind: 'file'; name: string };

/**
 * Where the bytes of model `id` come from. A curated model whose file sits in
 * `models/` loads from there (offline, no cache needed); otherwise from the Hub.
 */
export function resolveModelSource(
  id: string,
  local: readonly LocalModelFile[],
): ModelSource | undefined {
  const curated = curatedModel(id);
  if (curated) {
    const copy = localCopyOf(curated, local);
    return copy
      ? {
          kind: 'local',
          appUrl: LOCAL_PREFIX + copy.file,
          file: copy.file,
          size: copy.size,
          model: curated,
        }
      : { kind: 'hub', url: hubUrl(curated.repo, curated.file), model: curated };
  }
  if (id.startsWith(LOCAL_PREFIX)) {
    const file = local.find((f) => localModelId(f.file) === id);
    return file ? { kind: 'local', appUrl: id, file: file.file, size: file.size } : undefined;
  }
  if (id.startsWith(FILE_PREFIX)) return { kind: 'file', name: id.slice(FILE_PREFIX.length) };
  if (isHttpUrl(id)) return { kind: 'url', url: id };
  return undefined;
}

/** Facts learnt by loading a model, merged into its picker entry. */
export interface LoadedFacts {
  id: string;
  contextWindow: number;
}

function entry(id: string, factSource: ModelInfo['factSource'], loaded?: LoadedFacts): ModelInfo {
  const info: ModelInfo = {
    id,
    status: 'active',
    executionType: 'in-browser',
    resources: [],
    factSource,
  };
  if (loaded?.id === id) info.contextWindow = loaded.contextWindow;
  return info;
}

/**
 * The picker's list: curated models first (a local copy does not add a second
 * entry), then other `models/` files, then URLs and opened files from this session.
 */
export function listInBrowserModels(
  local: readonly LocalModelFile[],
  extraIds: readonly string[] = [],
  loaded?: LoadedFacts,
): ModelInfo[] {
  const out: ModelInfo[] = IN_BROWSER_CATALOG.map((m) => {
    const info = entry(m.id, 'catalogue', loaded);
    // The catalogue knows the trained length; the loaded model knows what the engine allocated.
    info.contextWindow ??= m.contextLength;
    return info;
  });
  const seen = new Set(out.map((m) => m.id));
  const twins = new Set(IN_BROWSER_CATALOG.map((m) => baseName(m.file)));
  const add = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push(entry(id, 'none', loaded));
  };
  for (const f of local) if (!twins.has(f.file)) add(localModelId(f.file));
  for (const id of extraIds) if (resolveModelSource(id, local)) add(id);
  return out;
}

/** "1.2 MB", "145 MB", "1.4 GB": decimal units, as download sizes are usually given. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
