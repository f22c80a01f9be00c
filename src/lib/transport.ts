import { dialectFor } from '../core/dialects';
import type { ModelInfo, PreparedRequest, ProviderId, StreamEvent } from '../core/types';
import type { SseMessage } from '../core/stream/sse';
import { fetchOrFail } from './http';
import { RequestFailure } from './requestFailure';

function authHeaders(auth: PreparedRequest['auth'], apiKey: string): Record<string, string> {
  return apiKey === '' ? {} : { [auth.header]: auth.prefix + apiKey };
}

let decoders: typeof import('../core/stream/decoders') | undefined;

/** What a caller may watch of the exchange beyond the decoded events. */
export interface TransportObserver {
  /** The response's status and headers, once they arrive (HTTP backends only). */
  onResponse?(status: number, headers: Record<string, string>): void;
  /**
   * The SSE messages of each network read (or part of one), raw, as they
   * arrive: a batch at a time, because a fast stream brings thousands.
   */
  onSseMessages?(messages: readonly SseMessage[]): void;
  /** The JSON body of a response that was not streamed. */
  onJsonBody?(json: unknown): void;
  /** The body of a non-2xx response, as text (onResponse has given its status). */
  onErrorBody?(text: string): void;
  /** Each decoded event of an in-browser run (it has no HTTP or SSE to watch). */
  onEngineEvent?(event: StreamEvent): void;
}

/**
 * Sends a prepared request and yields its normalised events, streamed or not,
 * in batches as they arrive (never an empty batch).
 */
export async function* sendRequest(
  req: PreparedRequest,
  apiKey: string,
  signal: AbortSignal,
  observer: TransportObserver = {},
): AsyncGenerator<StreamEvent[]> {
  if (req.provider === 'inbrowser') {
    // Loaded on first use: wllama and its wasm stay out of the first screen.
    const { runInBrowser } = await import('../engines/inbrowser/engine');
    for await (const event of runInBrowser(req, signal)) {
      observer.onEngineEvent?.(event);
      yield [event];
    }
    return;
  }
  let response: Response;
  try {
    response = await fetchOrFail(req.url, {
      method: req.method,
      headers: { ...req.headers, ...authHeaders(req.auth, apiKey) },
      body: JSON.stringify(req.body),
      signal,
    });
  } catch (error) {
    if (error instanceof RequestFailure && error.response) {
      observer.onResponse?.(error.response.status, error.response.headers);
      observer.onErrorBody?.(error.response.body);
    }
    throw error;
  }
  observer.onResponse?.(response.status, Object.fromEntries(response.headers));
  const contentType = response.headers.get('content-type') ?? '';
  // The decoders (and eventsource-parser) load with the first answer, not
  // with the first screen. Kept once loaded: even then, import() resolves a
  // task later, and the first bytes would wait for it.
  decoders ??= await import('../core/stream/decoders');
  const { decodeChatCompletion, decodeChatStream } = decoders;
  if (response.body && /event-stream/i.test(contentType)) {
    yield* decodeChatStream(response.body, signal, observer.onSseMessages);
    return;
  }
  // Some servers ignore stream:true and answer with one JSON body.
  const json: unknown = await response.json();
  observer.onJsonBody?.(json);
  yield decodeChatCompletion(json);
}

export async function fetchModels(
  provider: ProviderId,
  baseUrl: string,
  apiKey: string,
  signal?: AbortSignal,
): Promise<ModelInfo[]> {
  const dialect = dialectFor(provider);
  const response = await fetchOrFail(dialect.modelsUrl(baseUrl), {
    headers: authHeaders(dialect.auth, apiKey),
    signal,
  });
  return dialect.parseModels(await response.json());
}
