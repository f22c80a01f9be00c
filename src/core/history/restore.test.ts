import { describe, expect, it } from 'vitest';
import { shapeEntry, type RunRecordInput } from './entry';
import { hasCurrentWork, restorePlan } from './restore';

const base: RunRecordInput = {
  runId: 'a1',
  request: {
    provider: 'sippulse',
    mode: 'chat',
    method: 'POST',
    url: 'http://x/v1/llms/completion',
    headers: {},
    auth: { header: 'api-key', prefix: '', envVar: 'SIPPULSE_API_KEY' },
    body: {},
    stream: true,
  },
  connectionId: 'c1',
  model: 'gpt-4o',
  text: 'Hello back',
  summary: { status: 'done', model: 'gpt-4o' },
  startedAt: 1,
  snapshot: {
    mode: 'chat',
    system: 'sys',
    messages: [
      { id: 'u', role: 'user', content: 'Hello' },
      { id: 'a1', role: 'assistant', content: 'Hello back' },
    ],
    prompt: 'Once',
    suffix: '',
    params: { temperature: '0.5' },
  },
};

describe('restorePlan', () => {
  it('brings back the conversation, system, model and parameters on the same connection', () => {
    const plan = restorePlan(shapeEntry(base, 'SipPulse'), ['in-browser', 'c1']);
    expect(plan).toMatchObject({
      connectionId: 'c1',
      model: 'gpt-4o',
      params: { temperature: '0.5' },
      system: 'sys',
      mode: 'chat',
      completion: null,
    });
    expect(plan.messages.map((m) => m.content)).toEqual(['Hello', 'Hello back']);
    expect(plan.note).toBeUndefined();
  });

  it('does not share objects with the stored entry (editing the restored chat cannot alter history)', () => {
    const entry = shapeEntry(base, '');
    restorePlan(entry, ['c1']).messages[0]!.content = 'changed';
    expect(entry.snapshot.messages[0]!.content).toBe('Hello');
  });

  it('says so when the connection was deleted, and keeps the current one', () => {
    const plan = restorePlan(shapeEntry(base, 'Old server'), ['in-browser']);
    expect(plan.connectionId).toBeNull();
    expect(plan.note).toContain('Old server');
  });

  it('puts a completion back waiting beside its prompt', () => {
    const entry = shapeEntry(
      { ...base, snapshot: { ...base.snapshot!, mode: 'complete', prompt: 'Once' } },
      '',
    );
    expect(restorePlan(entry, ['c1']).completion).toMatchObject({
      prompt: 'Once',
      alternatives: ['Hello back'],
      selected: 0,
    });
  });
});

describe('hasCurrentWork', () => {
  const empty = { messages: [], system: '', mode: 'chat' as const, prompt: 'x', completion: null };
  it('is false for an empty chat (a Complete prompt only counts in Complete mode)', () => {
    expect(hasCurrentWork(empty)).toBe(false);
  });
  it('is true with messages, a system message, a pending completion or a prompt being written', () => {
    expect(hasCurrentWork({ ...empty, messages: [{}] })).toBe(true);
    expect(hasCurrentWork({ ...empty, system: 'Be kind' })).toBe(true);
    expect(hasCurrentWork({ ...empty, completion: {} })).toBe(true);
    expect(hasCurrentWork({ ...empty, mode: 'complete' })).toBe(true);
  });
});
