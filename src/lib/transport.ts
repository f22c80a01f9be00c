import { dialectFor } from '../core/dialects';
import { decodeChatCompletion } from '../core/stream/chatChunks';
import { decodeChatStream } from '../core/stream/decodeChatStream';
import type { ModelInfo, PreparedRequest, ProviderId, StreamEvent } from '../core/types';
import { fetchOrFail } from './http';

function authHeaders(auth: PreparedRequest['auth'], apiKey: string): Record<string, string> {
  return apiKey === '' ? {} : { [auth.header]: auth.prefix + apiKey };
}

/** Sends a prepared request and yields normalised events, streamed or not. */
export async function* sendRequest(
  req: PreparedRequest,
  apiKey: string,
  signal: AbortSignal,
): AsyncGenerator<StreamEvent> {
  if (req.provider === 'inbrowser') {
    // Loaded on first use: wllama and its wasm stay out of the first screen.
    const { runInBrowser } = await import('../engines/inbrowser/engine');
    yield* runInBrowser(req, signal);
    return;
  }
  const response = await fetchOrFail(req.url, {
    method: req.method,
    headers: { ...req.headers, ...authHeaders(req.auth, apiKey) },
    body: JSON.stringify(req.body),
    signal,
  });
  const contentType = response.headers.get('content-type') ?? '';
  if (response.body && /event-stream/i.test(contentType)) {
    yield* decodeChatStream(response.body, signal);
    return;
  }
  // Some servers ignore stream:true and answer with one JSON body.
  const json: unknown = await response.json();
  yield* decodeChatCompletion(json);
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
