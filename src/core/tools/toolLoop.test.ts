import { describe, expect, it } from 'vitest';
import type { ConversationMessage, RunSummary } from '../conversation/types';
import type { ToolCall } from '../types';
import {
  mockResultFor,
  mocksOf,
  nextToolStep,
  toolRoundsSinceUser,
  type ToolLoopSettings,
} from './toolLoop';
import { pendingToolCalls } from './pendingToolCalls';

const call = (id: string, name = 'get_weather'): ToolCall => ({
  id,
  type: 'function',
  function: { name, arguments: '{}' },
});
const done: RunSummary = { status: 'done', model: 'm', finishReason: 'tool_calls' };
const user = (id: string): ConversationMessage => ({ id, role: 'user', content: 'hi' });
const asks = (id: string, calls: ToolCall[], run: RunSummary = done): ConversationMessage => ({
  id,
  role: 'assistant',
  content: '',
  toolCalls: calls,
  run,
});
const result = (id: string, toolCallId: string): ConversationMessage => ({
  id,
  role: 'tool',
  content: '{}',
  toolCallId,
});
const text = (id: string): ConversationMessage => ({ id, role: 'assistant', content: 'Done.' });

const auto: ToolLoopSettings = { autoReply: true, maxSteps: 5 };
const mocks = new Map([
  ['get_weather', '{"temperature": 22}'],
  ['search', ''],
]);

describe('pendingToolCalls', () => {
  it('finds the last answer’s calls that have no result yet', () => {
    expect(pendingToolCalls([user('u'), asks('a', [call('c1'), call('c2')])])).toEqual({
      assistantId: 'a',
      calls: [call('c1'), call('c2')],
    });
    expect(
      pendingToolCalls([user('u'), asks('a', [call('c1'), call('c2')]), result('t', 'c1')]),
    ).toEqual({ assistantId: 'a', calls: [call('c2')] });
  });

  it('is null once every call is answered, or when the last answer called nothing', () => {
    expect(pendingToolCalls([user('u'), asks('a', [call('c1')]), result('t', 'c1')])).toBeNull();
    expect(pendingToolCalls([user('u'), text('a')])).toBeNull();
    expect(pendingToolCalls([user('u')])).toBeNull();
    expect(pendingToolCalls([])).toBeNull();
    // An older answer's calls are history, not pending.
    expect(pendingToolCalls([asks('a', [call('c1')]), user('u')])).toBeNull();
  });
});

describe('toolRoundsSinceUser', () => {
  it('counts groups of tool results after the last user message', () => {
    const conversation = [
      user('u0'),
      asks('a0', [call('x')]),
      result('t0', 'x'),
      user('u1'),
      asks('a1', [call('c1'), call('c2')]),
      result('t1', 'c1'),
      result('t2', 'c2'),
      asks('a2', [call('c3')]),
      result('t3', 'c3'),
      asks('a3', [call('c4')]),
    ];
    expect(toolRoundsSinceUser(conversation)).toBe(2);
    expect(toolRoundsSinceUser([user('u')])).toBe(0);
  });
});

describe('mock results', () => {
  it('answers with the mock, or an error the model can read', () => {
    expect(mockResultFor(call('c'), mocks)).toBe('{"temperature": 22}');
    expect(mockResultFor(call('c', 'search'), mocks)).toBe(
      '{"error":"no mock response for search"}',
    );
    expect(mockResultFor(call('c', 'launch'), mocks)).toBe('{"error":"unknown tool: launch"}');
  });

  it('mocksOf maps names to mocks; the first tool of a name wins', () => {
    const map = mocksOf([
      { source: '{"type":"function","function":{"name":"a"}}', mock: '1' },
      { source: '{"name":"b"}', mock: '' },
      { source: '{"name":"a"}', mock: '2' },
      { source: 'broken', mock: '3' },
    ]);
    expect([...map]).toEqual([
      ['a', '1'],
      ['b', ''],
    ]);
  });
});

describe('nextToolStep', () => {
  it('does nothing when no call waits', () => {
    expect(nextToolStep([user('u'), text('a')], auto, mocks)).toEqual({ kind: 'none' });
  });

  it('waits for the user when auto-reply is off', () => {
    const step = nextToolStep(
      [user('u'), asks('a', [call('c1')])],
      { ...auto, autoReply: false },
      mocks,
    );
    expect(step).toMatchObject({ kind: 'wait', reason: 'manual' });
  });

  it('answers every waiting call with its mock result when auto-reply is on', () => {
    const step = nextToolStep(
      [user('u'), asks('a', [call('c1'), call('c2', 'search')])],
      auto,
      mocks,
    );
    expect(step).toEqual({
      kind: 'reply',
      pending: { assistantId: 'a', calls: [call('c1'), call('c2', 'search')] },
      results: [
        { toolCallId: 'c1', content: '{"temperature": 22}' },
        { toolCallId: 'c2', content: '{"error":"no mock response for search"}' },
      ],
    });
  });

  it('stops at the step limit: at most maxSteps automatic rounds per user message', () => {
    const conversation: ConversationMessage[] = [user('u')];
    let rounds = 0;
    for (let i = 0; i < 20; i++) {
      conversation.push(asks(`a${i}`, [call(`c${i}`)]));
      const step = nextToolStep(conversation, { autoReply: true, maxSteps: 3 }, mocks);
      if (step.kind !== 'reply') {
        expect(step).toMatchObject({ kind: 'wait', reason: 'limit' });
        break;
      }
      rounds++;
      for (const r of step.results) conversation.push(result(`t${i}`, r.toolCallId));
    }
    expect(rounds).toBe(3);
    // A new user message starts a new budget.
    conversation.push(user('u2'), asks('b', [call('d')]));
    expect(nextToolStep(conversation, { autoReply: true, maxSteps: 3 }, mocks).kind).toBe('reply');
  });

  it('never auto-answers a stopped, failed or cut-off answer', () => {
    for (const run of [
      { status: 'stopped', model: 'm' },
      { status: 'error', model: 'm' },
      { status: 'incomplete', model: 'm' },
      { status: 'done', model: 'm', finishReason: 'length' },
    ] satisfies RunSummary[]) {
      expect(nextToolStep([user('u'), asks('a', [call('c')], run)], auto, mocks)).toMatchObject({
        kind: 'wait',
        reason: 'unfinished',
      });
    }
  });
});
