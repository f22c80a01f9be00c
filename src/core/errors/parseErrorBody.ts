import { isRecord, readString } from '../dialects/wire';
import type { WireError } from '../types';

/** Reads an error out of a JSON error body in any of the shapes servers use. */
export function wireErrorFromJson(json: unknown): WireError | undefined {
  if (!isRecord(json)) return undefined;
  const inner = json.error;
  if (typeof inner === 'string') return { message: inner };
  if (isRecord(inner)) {
    const message = readString(inner, 'message') ?? readString(inner, 'code') ?? 'Unknown error';
    const code =
      readString(inner, 'code') ??
      (typeof inner.code === 'number' ? String(inner.code) : undefined);
    return { code, message, type: readString(inner, 'type') };
  }
  const message = readString(json, 'message', 'detail');
  if (message) return { code: readString(json, 'code'), message };
  return undefined;
}

/**
 * Reads an error out of a failed response, checking the content type before
 * parsing: proxies answer with HTML pages and some servers with no body.
 */
export function wireErrorFromBody(status: number, contentType: string, text: string): WireError {
  if (/json/i.test(contentType) || /^\s*[{[]/.test(text)) {
    try {
      const found = wireErrorFromJson(JSON.parse(text));
      if (found) return { ...found, status };
    } catch {
      // Not JSON after all; fall through to the text forms.
    }
  }
  if (/html/i.test(contentType) || /^\s*</.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return {
      status,
      message: title
        ? `The server answered with an HTML page: "${title}".`
        : 'The server answered with an HTML page instead of JSON.',
    };
  }
  const trimmed = text.trim();
  return { status, message: trimmed === '' ? '' : trimmed.slice(0, 500) };
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // Anything else must be an HTTP date; V8 would also read "-5" as a year.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
