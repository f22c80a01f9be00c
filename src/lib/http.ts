import { parseRetryAfter, wireErrorFromBody } from '../core/errors/parseErrorBody';
import { RequestFailure } from './requestFailure';

function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}

/**
 * fetch with typed failures: a rejected fetch (CORS, server down) becomes a
 * network RequestFailure, a non-2xx status a RequestFailure with the parsed
 * error body. Aborts are rethrown untouched so callers can tell them apart.
 */
export async function fetchOrFail(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (isAbort(error, init.signal ?? undefined)) throw error;
    throw new RequestFailure(
      { message: error instanceof Error ? error.message : String(error) },
      { network: true },
    );
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    const wire = wireErrorFromBody(
      response.status,
      response.headers.get('content-type') ?? '',
      text,
    );
    throw new RequestFailure(wire, {
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()),
      response: {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: text,
      },
    });
  }
  return response;
}

export { isAbort };
