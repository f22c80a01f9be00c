import { maskDeep, maskText } from '../../core/security/secrets';
import type { SseMessage } from '../../core/stream/sse';
import type { TransportObserver } from '../../lib/transport';

/**
 * `observer` seeing the exchange with `secrets` masked: what it records
 * (Inspect shows raw bodies and headers) is shown and kept, and a server
 * may quote the key it rejected.
 */
export function maskObserver(
  observer: TransportObserver | undefined,
  secrets: readonly string[],
): TransportObserver | undefined {
  if (!observer) return undefined;
  // Thousands of SSE messages a second: copy one only when it quotes a secret.
  const quotesSecret = (m: SseMessage) =>
    secrets.some((s) => s !== '' && (m.data.includes(s) || m.event?.includes(s) === true));
  return {
    onResponse:
      observer.onResponse &&
      ((status, headers) => observer.onResponse?.(status, maskDeep(headers, secrets))),
    onSseMessages:
      observer.onSseMessages &&
      ((messages) =>
        observer.onSseMessages?.(
          messages.some(quotesSecret)
            ? messages.map((m) => (quotesSecret(m) ? maskDeep(m, secrets) : m))
            : messages,
        )),
    onJsonBody: observer.onJsonBody && ((json) => observer.onJsonBody?.(maskDeep(json, secrets))),
    onErrorBody:
      observer.onErrorBody && ((text) => observer.onErrorBody?.(maskText(text, secrets))),
    onEngineEvent: observer.onEngineEvent,
  };
}
