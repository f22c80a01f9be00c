import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../conversation/types';
import type { ChoiceState } from '../stream/runReducer';
import {
  decodePartialRun,
  encodePartialRun,
  partialChat,
  restorePartialRun,
  type PartialRun,
} from './partialRun';
import { DEFAULT_STATE, migratePersisted, PERSIST_VERSION } from './persistedState';
import { INTERRUPTED } from './runSummary';

const choice: ChoiceState = {
  index: 0,
  role: 'assistant',
  text: 'Once upon a',
  reasoning: 'Thinking about',
  toolCalls: [{ index: 0, id: '', name: 'lookup', arguments: '{"q":' }],
};

/** Storage as a reload mid-stream leaves it: the answer saved empty, still marked streaming. */
function reloadedState(extra: ConversationMessage[] = []) {
  return migratePersisted(
    {
      ...DEFAULT_STATE,
      messages: [
        { id: 'u1', role: 'user', content: 'Tell me a story' },
        { id: 'a1', role: 'assistant', content: '', run: { status: 'streaming', model: 'gpt-4o' } },
        ...extra,
      ],
    },
    PERSIST_VERSION,
  );
}

describe('the partial record', () => {
  it('holds the first choice so far, tool calls named as the finished message would name them', () => {
    expect(partialChat('a1', choice)).toEqual({
      kind: 'chat',
      messageId: 'a1',
      text: 'Once upon a',
      reasoning: 'Thinking about',
      toolCalls: [
        { id: 'call_a1_0', type: 'function', function: { name: 'lookup', arguments: '{"q":' } },
      ],
    });
    expect(partialChat('a1', undefined)).toMatchObject({ text: '', reasoning: '', toolCalls: [] });
  });

  it('round-trips through storage', () => {
    const chat = partialChat('a1', choice);
    expect(decodePartialRun(encodePartialRun(chat))).toEqual(chat);
    const completion: PartialRun = {
      kind: 'completion',
      prompt: 'Once',
      model: 'm',
      text: ' upon',
    };
    expect(decodePartialRun(encodePartialRun(completion))).toEqual(completion);
  });

  it('decodes nothing from garbage', () => {
    for (const raw of [null, '', '{', '[]', '{"state":5}', '{"state":{"kind":"chat"}}'])
      expect(decodePartialRun(raw), String(raw)).toBeNull();
    expect(
      decodePartialRun('{"state":{"kind":"chat","messageId":"a","text":5,"toolCalls":[{"id":1}]}}'),
    ).toEqual({ kind: 'chat', messageId: 'a', text: '', reasoning: '', toolCalls: [] });
  });
});

describe('restorePartialRun', () => {
  it('puts the partial answer back into the interrupted message, with notice and Retry data', () => {
    const state = reloadedState();
    const patch = restorePartialRun(state, partialChat('a1', choice));
    expect(patch?.messages?.[1]).toEqual({
      id: 'a1',
      role: 'assistant',
      content: 'Once upon a',
      reasoning: 'Thinking about',
      toolCalls: [
        { id: 'call_a1_0', type: 'function', function: { name: 'lookup', arguments: '{"q":' } },
      ],
      run: { status: 'interrupted', model: 'gpt-4o', error: INTERRUPTED },
    });
    expect(patch?.messages?.[0]).toBe(state.messages[0]);
  });

  it('without a record the answer is still marked interrupted, just empty', () => {
    const state = reloadedState();
    expect(restorePartialRun(state, null)).toBeNull();
    expect(state.messages[1]?.run).toEqual({
      status: 'interrupted',
      model: 'gpt-4o',
      error: INTERRUPTED,
    });
  });

  it('never overwrites a finished answer or another message', () => {
    const finished = migratePersisted(
      {
        messages: [
          { id: 'a1', role: 'assistant', content: 'The end.', run: { status: 'done', model: 'm' } },
        ],
      },
      PERSIST_VERSION,
    );
    expect(restorePartialRun(finished, partialChat('a1', choice))).toBeNull();
    expect(restorePartialRun(reloadedState(), partialChat('other', choice))).toBeNull();
  });

  it('Complete mode: the partial completion comes back beside its prompt, interrupted', () => {
    const partial: PartialRun = {
      kind: 'completion',
      prompt: 'Once',
      model: 'm',
      text: ' upon a time',
    };
    expect(restorePartialRun({ messages: [], completion: null }, partial)).toEqual({
      completion: {
        prompt: 'Once',
        alternatives: [' upon a time'],
        selected: 0,
        run: { status: 'interrupted', model: 'm', error: INTERRUPTED },
      },
    });
    const newer = { prompt: 'x', alternatives: ['y'], selected: 0 };
    expect(restorePartialRun({ messages: [], completion: newer }, partial)).toBeNull();
  });
});
