// Why a model did not load, in words a user can act on. Pure: it sees only
// the error and what was being loaded.

import { formatBytes } from '../models/inBrowserCatalog';

export interface EngineProblem {
  title: string;
  detail: string;
  action: string;
}

/** `rejected`: llama.cpp read the file and refused it; the message is its reason. */
export type LoadErrorCode = 'not_gguf' | 'bad_url' | 'http' | 'unavailable' | 'rejected';

/** Failures the engine detects itself, before llama.cpp sees the bytes. */
export class EngineLoadError extends Error {
  override name = 'EngineLoadError';
  constructor(
    readonly code: LoadErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface LoadAttempt {
  /** What the user would call it: a model id, a file name or a URL. */
  name: string;
  /** Where the bytes were coming from. */
  from: 'hub' | 'local' | 'url' | 'file';
  sizeBytes?: number;
}

const OUT_OF_MEMORY =
  /out of memory|\boom\b|insufficient memory|allocation failed|could not allocate|failed to allocate|memory access out of bounds|array buffer allocation|invalid typed array length|maximum call stack/i;

/**
 * llama.cpp's own reason for refusing a model, from the error lines it logged
 * while loading: the first one, minus the "error loading model:" preamble.
 */
export function llamaReason(errorLines: readonly string[]): string | undefined {
  const first = errorLines.find((line) => line.trim() !== '');
  if (first === undefined) return undefined;
  const after = /error loading model:\s*(.+)$/.exec(first);
  return (after?.[1] ?? first).trim();
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Unknown error.';
}

function httpStatus(error: unknown): number | undefined {
  if (error instanceof EngineLoadError && error.status !== undefined) return error.status;
  const match = /\bHTTP (\d{3})\b/.exec(messageOf(error));
  return match ? Number(match[1]) : undefined;
}

function httpProblem(status: number, attempt: LoadAttempt): EngineProblem {
  const where = attempt.from === 'local' ? 'the project’s models/ folder' : 'the server';
  if (status === 404) {
    return {
      title: 'Model file not found',
      detail: `${where[0]?.toUpperCase()}${where.slice(1)} answered HTTP 404 for ${attempt.name}.`,
      action:
        'Check the URL (it must point at the .gguf file itself, e.g. …/resolve/main/model.gguf).',
    };
  }
  if (status === 401 || status === 403) {
    return {
      title: 'Download refused',
      detail: `The server answered HTTP ${status}: the file is private or gated (some Hugging Face models need you to accept their licence).`,
      action: 'Download the file yourself and open it with "Open GGUF file…".',
    };
  }
  return {
    title: 'Download failed',
    detail: `The server answered HTTP ${status} for ${attempt.name}.`,
    action: 'Try again later, or open a downloaded copy with "Open GGUF file…".',
  };
}

export function describeLoadError(error: unknown, attempt: LoadAttempt): EngineProblem {
  const message = messageOf(error);
  if (error instanceof EngineLoadError && error.code === 'not_gguf') {
    return {
      title: 'Not a GGUF model',
      detail: `${attempt.name} does not start with the GGUF signature, so it is not a llama.cpp model file (or it is corrupt).`,
      action: 'Pick a .gguf file, for example one from a Hugging Face "-GGUF" repository.',
    };
  }
  if (error instanceof EngineLoadError && error.code === 'bad_url') {
    return {
      title: 'Not a model URL',
      detail: message,
      action: 'Paste an http(s) URL that ends in .gguf.',
    };
  }
  if (error instanceof EngineLoadError && error.code === 'unavailable') {
    return {
      title: 'Model not available',
      detail: message,
      action: 'Pick another model, or open the file again with "Open GGUF file…".',
    };
  }
  const status = httpStatus(error);
  if (status !== undefined) return httpProblem(status, attempt);
  if (error instanceof TypeError && /fetch|network|load failed/i.test(message)) {
    return {
      title: 'Could not download the model',
      detail: `The browser could not reach the server for ${attempt.name}: you may be offline, or the server does not allow downloads from other sites (CORS).`,
      action:
        'Models already downloaded, in the models/ folder, or opened from disk still work offline.',
    };
  }
  if (OUT_OF_MEMORY.test(message)) {
    const size = attempt.sizeBytes ? ` (${formatBytes(attempt.sizeBytes)})` : '';
    return {
      title: 'Model too large for this browser',
      detail: `Loading ${attempt.name}${size} ran out of memory: ${message}`,
      action: 'Pick a smaller model or quantisation (Q4), close other tabs, and try again.',
    };
  }
  return {
    title: 'The model could not be loaded',
    detail: `llama.cpp rejected ${attempt.name}: ${message}. The file may be corrupt or truncated, or its architecture unknown to this llama.cpp build.`,
    action: 'Download the file again, or pick another GGUF model.',
  };
}
