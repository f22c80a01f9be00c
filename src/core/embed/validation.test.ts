import { describe, expect, it } from 'vitest';
// The validators the browser runs, generated from schemas.ts by vite/embedValidators.ts.
import * as validators from 'virtual:embed-validators';
import { describeSchemaError, fieldPath, interpretHostMessage, replyToOf } from './validation';

const check = (data: unknown) => interpretHostMessage(data, validators);

function errorOf(data: unknown): string {
  const result = check(data);
  if (result.ok) throw new Error(`expected ${JSON.stringify(data)} to be rejected`);
  expect(result.error.code).toBe('invalid_message');
  return result.error.message;
}

describe('interpretHostMessage', () => {
  it('accepts a full init', () => {
    const init = {
      type: 'init',
      id: 'a1',
      connection: { provider: 'sippulse', baseUrl: 'https://api.example.com', apiKey: 'k' },
      model: 'gpt-4o',
      system: 'Be brief.',
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello' },
      ],
      params: {
        temperature: 0.3,
        max_tokens: 100,
        stop: ['\n'],
        echo: true,
        reasoning_effort: 'low',
      },
      stream: false,
      theme: 'dark',
      locked: ['model', 'parameters'],
    };
    expect(check(init)).toEqual({ ok: true, message: init });
  });

  it('accepts the small messages', () => {
    for (const data of [
      { type: 'init' },
      { type: 'setMessages', messages: [] },
      { type: 'setMessages', messages: [{ role: 'user', content: 'x' }], system: '' },
      { type: 'run' },
      { type: 'run', message: 'Go on', id: 7 },
      { type: 'stop' },
      { type: 'init', connection: { provider: 'inbrowser' } },
    ]) {
      expect(check(data).ok, JSON.stringify(data)).toBe(true);
    }
  });

  it('rejects anything that is not a message object', () => {
    for (const data of [null, undefined, 'run', 42, [], [{ type: 'run' }], {}, { type: 5 }]) {
      expect(errorOf(data)).toMatch(/must be an object with a "type"/);
    }
  });

  it('names an unknown type and the valid ones', () => {
    expect(errorOf({ type: 'explode' })).toBe(
      'Unknown message type "explode": expected one of init, setMessages, run, stop.',
    );
  });

  it('says which field is wrong', () => {
    expect(errorOf({ type: 'init', connection: { provider: 'acme', baseUrl: 'https://x' } })).toBe(
      '"init" field connection.provider must be equal to one of the allowed values.',
    );
    expect(
      errorOf({
        type: 'setMessages',
        messages: [
          { role: 'user', content: 'a' },
          { role: 'system', content: 'b' },
        ],
      }),
    ).toBe('"setMessages" field messages[1].role must be equal to one of the allowed values.');
    expect(errorOf({ type: 'setMessages' })).toBe('"setMessages" is missing the field "messages".');
    expect(errorOf({ type: 'run', mesage: 'typo' })).toBe('"run" has an unknown field "mesage".');
    expect(errorOf({ type: 'init', theme: 'blue' })).toMatch(/^"init" field theme /);
    expect(errorOf({ type: 'init', locked: ['model', 'model'] })).toMatch(/^"init" field locked /);
    expect(errorOf({ type: 'init', stream: 'yes' })).toBe('"init" field stream must be boolean.');
  });

  it('requires a base URL for an API and refuses one for the in-browser engine', () => {
    expect(check({ type: 'init', connection: { provider: 'openai' } }).ok).toBe(false);
    expect(check({ type: 'init', connection: { provider: 'openai', baseUrl: 'ftp://x' } }).ok).toBe(
      false,
    );
    expect(
      check({ type: 'init', connection: { provider: 'inbrowser', baseUrl: 'https://x' } }).ok,
    ).toBe(false);
  });

  it('keeps parameter names to wire names, so __proto__ and friends never get in', () => {
    const params = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
    expect(errorOf({ type: 'init', model: 'm', params })).toBe(
      '"init" field params has a field name that is not a parameter name.',
    );
    expect(check({ type: 'init', model: 'm', params: { constructor: 1 } }).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(check({ type: 'init', model: 'm', params: { temperature: { nested: 1 } } }).ok).toBe(
      false,
    );
    expect(check({ type: 'init', model: 'm', params: { stop: ['a', 2] } }).ok).toBe(false);
  });

  it('bounds sizes', () => {
    const many = Array.from({ length: 1001 }, () => ({ role: 'user', content: 'x' }));
    expect(errorOf({ type: 'setMessages', messages: many })).toMatch(
      /messages must NOT have more than 1000 items/,
    );
    expect(check({ type: 'run', message: 'x'.repeat(1_000_001) }).ok).toBe(false);
    expect(check({ type: 'run', id: 'i'.repeat(201) }).ok).toBe(false);
  });

  it('never repeats a value in its error (a key must not travel back in one)', () => {
    const secret = 'sk-very-secret-value';
    const message = errorOf({
      type: 'init',
      connection: { provider: 'openai', baseUrl: 'https://x', apiKey: secret, extra: secret },
    });
    expect(message).not.toContain(secret);
    expect(errorOf({ type: 'init', connection: { provider: secret } })).not.toContain(secret);
    expect(errorOf({ type: 'init', connection: { apiKey: 12 } })).not.toContain('12');
  });

  it('echoes a usable id on errors, even for an invalid message', () => {
    const result = check({ type: 'run', id: 'req-9', message: 3 });
    expect(result).toMatchObject({ ok: false, error: { replyTo: 'req-9' } });
    const noId = check({ type: 'run', id: { obj: 1 } });
    expect(noId.ok).toBe(false);
    expect(noId.ok ? undefined : noId.error.replyTo).toBeUndefined();
  });

  it('does not throw on exotic values the structured clone can carry', () => {
    for (const data of [
      new Map([['type', 'run']]),
      new Date(0),
      new Uint8Array(4),
      Object.create(null) as object,
      { type: 'run', id: Number.NaN },
      { type: 'init', model: 'm', params: { temperature: Number.POSITIVE_INFINITY } },
    ]) {
      expect(() => check(data)).not.toThrow();
    }
  });
});

describe('error wording helpers', () => {
  it('writes JSON pointers the way a developer writes the field', () => {
    expect(fieldPath('')).toBe('');
    expect(fieldPath('/messages/3/role')).toBe('messages[3].role');
    expect(fieldPath('/params/a~1b')).toBe('params.a/b');
  });

  it('falls back to a general sentence without details', () => {
    expect(describeSchemaError('run', undefined)).toBe('The "run" message is invalid.');
  });

  it('takes only string or safe integer ids', () => {
    expect(replyToOf({ id: 'x' })).toBe('x');
    expect(replyToOf({ id: 3 })).toBe(3);
    expect(replyToOf({ id: 1.5 })).toBeUndefined();
    expect(replyToOf({ id: null })).toBeUndefined();
    expect(replyToOf('id')).toBeUndefined();
  });
});
