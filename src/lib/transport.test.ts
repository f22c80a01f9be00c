import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PreparedRequest } from '../core/types';
import { RequestFailure } from './requestFailure';
import { sendRequest, type TransportObserver } from './transport';

const request: PreparedRequest = {
  provider: 'openai',
  mode: 'chat',
  method: 'POST',
  url: 'https://api.example.test/v1/chat/completions',
  headers: { 'Content-Type': 'application/json' },
  auth: { header: 'Authorization', prefix: 'Bearer ', envVar: 'OPENAI_API_KEY' },
  body: { model: 'gpt-4o', messages: [], stream: true },
  stream: true,
};

function recorder() {
  const seen: string[] = [];
  const observer: TransportObserver = {
    onResponse: (status, headers) => seen.push(`response ${status} ${headers['content-type']}`),
    onErrorBody: (text) => seen.push(`error body ${text}`),
    onSseMessages: (ms) => seen.push(...ms.map((m) => `sse ${m.data}`)),
  };
  return { seen, observer };
}

async function drain(gen: AsyncGenerator<unknown>): Promise<void> {
  for await (const _ of gen) void _;
}

afterEach(() => vi.unstubAllGlobals());

describe('sendRequest observer', () => {
  it('sees the status, headers and body of a failed response before the failure is thrown', async () => {
    const body = '{"error":{"message":"Invalid key","code":"invalid_api_key"}}';
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(body, { status: 401, headers: { 'content-type': 'application/json' } }),
      ),
    );
    const { seen, observer } = recorder();
    const run = drain(sendRequest(request, 'sk-secret', new AbortController().signal, observer));
    await expect(run).rejects.toBeInstanceOf(RequestFailure);
    expect(seen).toEqual(['response 401 application/json', `error body ${body}`]);
  });

  it('sees each SSE message of a stream', async () => {
    const sse = 'data: {"choices":[{"index":0,"delta":{"content":"Hi"}}]}\n\ndata: [DONE]\n\n';
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(sse, { status: 200, headers: { 'content-type': 'text/event-stream' } }),
      ),
    );
    const { seen, observer } = recorder();
    await drain(sendRequest(request, 'k', new AbortController().signal, observer));
    expect(seen).toEqual([
      'response 200 text/event-stream',
      'sse {"choices":[{"index":0,"delta":{"content":"Hi"}}]}',
      'sse [DONE]',
    ]);
  });
});
