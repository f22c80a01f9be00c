import { describe, expect, it } from 'vitest';
import { parseRetryAfter, wireErrorFromBody, wireErrorFromJson } from './parseErrorBody';

const JSON_TYPE = 'application/json; charset=utf-8';

function seedBody(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

describe('wireErrorFromBody: the seed error table', () => {
  it.each([
    [400, 'bad_request', 'Malformed request or invalid parameters.'],
    [401, 'invalid_api_key', 'Invalid or missing API key.'],
    [401, 'unauthorized', 'Unauthorized.'],
    [404, 'model_not_found', 'The model does not exist or is not available for your organization.'],
    [429, 'rate_limit_exceeded', 'Rate limit exceeded. Please wait before retrying.'],
    [500, 'internal_error', 'Internal server error.'],
    [503, 'service_unavailable', 'Service temporarily unavailable.'],
    [504, 'timeout', 'Timeout exceeded.'],
    [400, 'context_length_exceeded', "This model's maximum context length was exceeded."],
    [400, 'model_does_not_support_json_schema', 'The model does not support json_schema.'],
  ])('%i %s', (status, code, message) => {
    expect(wireErrorFromBody(status, JSON_TYPE, seedBody(code, message))).toEqual({
      status,
      code,
      message,
      type: undefined,
    });
  });

  it('keeps the error type and a numeric code', () => {
    const body = JSON.stringify({ error: { code: 429, message: 'Slow down', type: 'requests' } });
    expect(wireErrorFromBody(429, JSON_TYPE, body)).toEqual({
      status: 429,
      code: '429',
      message: 'Slow down',
      type: 'requests',
    });
  });

  it('uses the code as the message when there is no message', () => {
    expect(wireErrorFromBody(404, JSON_TYPE, '{"error":{"code":"model_not_found"}}')).toMatchObject(
      { code: 'model_not_found', message: 'model_not_found' },
    );
  });

  it('reads {error: "string"}', () => {
    expect(wireErrorFromBody(500, JSON_TYPE, '{"error":"model crashed"}')).toEqual({
      status: 500,
      message: 'model crashed',
    });
  });

  it('reads {message} and {detail}', () => {
    expect(wireErrorFromBody(422, JSON_TYPE, '{"message":"bad thing","code":"x"}')).toEqual({
      status: 422,
      code: 'x',
      message: 'bad thing',
    });
    expect(wireErrorFromBody(422, JSON_TYPE, '{"detail":"Field required"}')).toMatchObject({
      status: 422,
      message: 'Field required',
    });
  });

  it('parses a JSON body even with a wrong content type', () => {
    expect(wireErrorFromBody(400, 'text/plain', seedBody('bad_request', 'Nope'))).toMatchObject({
      code: 'bad_request',
      message: 'Nope',
    });
  });

  it('extracts the title of an HTML proxy page', () => {
    const page =
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
      '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
    const error = wireErrorFromBody(502, 'text/html', page);
    expect(error.status).toBe(502);
    expect(error.message).toContain('HTML');
    expect(error.message).toContain('"502 Bad Gateway"');
    expect(error.message).not.toContain('<');
  });

  it('recognises an HTML page without a content type, and one without a title', () => {
    const error = wireErrorFromBody(503, '', '<!doctype html><p>down</p>');
    expect(error).toEqual({
      status: 503,
      message: 'The server answered with an HTML page instead of JSON.',
    });
  });

  it('gives an empty message for an empty 403 body', () => {
    expect(wireErrorFromBody(403, '', '')).toEqual({ status: 403, message: '' });
    expect(wireErrorFromBody(403, JSON_TYPE, '')).toEqual({ status: 403, message: '' });
  });

  it('falls back to the text for a non-JSON body under a JSON content type', () => {
    expect(wireErrorFromBody(500, JSON_TYPE, 'Internal Server Error')).toEqual({
      status: 500,
      message: 'Internal Server Error',
    });
  });

  it('uses the raw text for JSON it cannot read', () => {
    expect(wireErrorFromBody(500, JSON_TYPE, '{"ok":false}')).toEqual({
      status: 500,
      message: '{"ok":false}',
    });
  });

  it('truncates a long text body to 500 characters', () => {
    expect(wireErrorFromBody(500, 'text/plain', 'x'.repeat(2000)).message).toHaveLength(500);
  });
});

describe('wireErrorFromJson', () => {
  it.each([null, 'oops', [1], 42, {}, { error: 5 }])('finds nothing in %j', (json) => {
    expect(wireErrorFromJson(json)).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0);

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('30', now)).toBe(30000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
  });

  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfter(new Date(now + 120000).toUTCString(), now)).toBe(120000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 12:00:05 GMT', now)).toBe(5000);
  });

  it('never gives a negative wait for a date in the past', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 11:00:00 GMT', now)).toBe(0);
  });

  it.each([null, '', 'soon'])('gives nothing for %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
