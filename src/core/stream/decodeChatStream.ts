// An SSE chat-completion body → normalised StreamEvents, in batches.

import type { StreamEvent, WireError } from '../types';
import { ChunkDecoder } from './chatChunks';
import { readSse, type SseMessage } from './sse';
import { createSlicer } from './timeSlicer';
import { normalizeError } from './wireFields';

const PREVIEW_CHARS = 200;

function preview(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

/** `event: error` data: a JSON error if it parses as one, else the text itself. */
function errorFromEventData(data: string): WireError {
  try {
    const parsed: unknown = JSON.parse(data);
    const error = normalizeError(parsed);
    if (error !== undefined) return error;
  } catch {
    // Not JSON: the text is the message.
  }
  return {
    code: 'stream_error',
    message: data.trim() === '' ? 'The server sent an error event.' : preview(data),
  };
}

/** The error event of a `data:` that is not JSON. */
function malformed(data: string): StreamEvent {
  return {
    type: 'error',
    error: {
      code: 'malformed_chunk',
      message: `The server sent a chunk that is not valid JSON: ${preview(data)}`,
    },
  };
}

/**
 * Decodes an OpenAI/SipPulse-style SSE stream into batches of events, a batch
 * per batch of SSE messages (see readSse); never an empty batch.
 * - `data: [DONE]` (exactly, after the one stripped space) → `{type: 'done'}`, then stop.
 * - `event: error` → an error event; reading continues until the server ends.
 * - A `data:` that is not JSON → an error with code `malformed_chunk`, then stop.
 * - An empty `data:` is treated as a keep-alive and ignored.
 * - EOF without `[DONE]` just ends; the reducer decides whether that is complete.
 * - A read failure that is not an abort (connection reset) → an error with code
 *   `stream_interrupted`, then stop. An abort ends silently with no more events.
 */
export async function* decodeChatStream(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
  /**
   * Sees each batch of SSE messages once it is decoded, before its events are
   * yielded (Inspect records them); a batch ends at `[DONE]` or a malformed
   * chunk, where reading stops.
   */
  onMessages?: (messages: readonly SseMessage[]) => void,
): AsyncGenerator<StreamEvent[]> {
  const decoder = new ChunkDecoder();
  const slicer = createSlicer();
  try {
    for await (const messages of readSse(body, signal)) {
      // A batch is at most one FEED_CHARS piece of text, so decoding one never
      // outlasts a time slice by much.
      const pause = slicer.check();
      if (pause) await pause;
      if (signal?.aborted) return;
      const events: StreamEvent[] = [];
      // Where reading stops ([DONE], a malformed chunk): the batch's last events.
      let last: StreamEvent[] | undefined;
      let read = 0;
      while (read < messages.length && !last) {
        const message = messages[read++]!;
        if (message.event === 'error') {
          events.push({ type: 'error', error: errorFromEventData(message.data) });
          continue;
        }
        if (message.data === '[DONE]') {
          last = [...events, ...decoder.flush(), { type: 'done' }];
          continue;
        }
        if (message.data.trim() === '') continue;

        let chunk: unknown;
        try {
          chunk = JSON.parse(message.data);
        } catch {
          last = [...events, malformed(message.data)];
          continue;
        }
        decoder.decodeInto(chunk, events);
      }
      onMessages?.(read === messages.length ? messages : messages.slice(0, read));
      if (last) {
        yield last;
        return;
      }
      if (events.length > 0) yield events;
    }
  } catch (error) {
    if (signal?.aborted) return;
    yield [
      {
        type: 'error',
        error: {
          code: 'stream_interrupted',
          message: `The connection broke while the answer was streaming: ${
            error instanceof Error ? error.message : String(error)
          }`,
        },
      },
    ];
    return;
  } finally {
    slicer.close();
  }
  if (signal?.aborted) return;
  const rest = decoder.flush();
  if (rest.length > 0) yield rest;
}
