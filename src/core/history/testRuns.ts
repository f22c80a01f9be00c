// Test helpers: a finished run as the run controller reports it, to shape into history entries.

import type { PreparedRequest } from '../types';
import type { RunRecordInput } from './entry';

export function request(extraHeaders: Record<string, string> = {}): PreparedRequest {
  return {
    provider: 'openai',
    mode: 'chat',
    method: 'POST',
    url: 'https://api.example.com/v1/chat/completions',
    headers: { 'Content-Type': 'application/json', ...extraHeaders },
    auth: { header: 'Authorization', prefix: 'Bearer ', envVar: 'OPENAI_API_KEY' },
    body: { model: 'gpt-4o', messages: [{ role: 'user', content: 'Capital of France?' }] },
    stream: true,
  };
}

export function run(overrides: Partial<RunRecordInput> = {}): RunRecordInput {
  return {
    runId: 'm1',
    request: request(),
    connectionId: 'c1',
    model: 'gpt-4o',
    text: 'Paris.',
    summary: { status: 'done', model: 'gpt-4o', usage: { inputTokens: 5, outputTokens: 2 } },
    startedAt: 1_700_000_000_000,
    snapshot: {
      mode: 'chat',
      system: 'Be brief.',
      messages: [
        { id: 'u1', role: 'user', content: 'Capital of France?' },
        { id: 'm1', role: 'assistant', content: 'Paris.' },
      ],
      prompt: '',
      suffix: '',
      params: { temperature: '0.2' },
    },
    ...overrides,
  };
}
