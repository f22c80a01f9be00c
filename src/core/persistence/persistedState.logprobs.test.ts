import { describe, expect, it } from 'vitest';
import { PERSIST_VERSION, migratePersisted } from './persistedState';

const token = { token: 'Hi', logprob: -0.1, top: [{ token: 'Hi', logprob: -0.1 }] };

describe('persisted logprobs', () => {
  it('a message keeps its per-choice logprobs through a reload', () => {
    const state = migratePersisted(
      {
        messages: [
          { id: 'a', role: 'assistant', content: 'Hi', logprobs: [[token]] },
          {
            id: 'b',
            role: 'assistant',
            content: 'Hi',
            alternatives: ['Hi', 'Yo'],
            logprobs: [[token], [{ token: 'Yo', logprob: -2, top: [] }]],
          },
        ],
      },
      PERSIST_VERSION,
    );
    expect(state.messages[0]?.logprobs).toEqual([[token]]);
    expect(state.messages[1]?.logprobs?.[1]).toEqual([{ token: 'Yo', logprob: -2, top: [] }]);
  });

  it('drops junk logprobs but keeps the message', () => {
    const state = migratePersisted(
      {
        messages: [
          { id: 'a', role: 'assistant', content: 'Hi', logprobs: 'junk' },
          { id: 'b', role: 'assistant', content: 'Hi', logprobs: [[{ token: 'x', logprob: 9 }]] },
        ],
      },
      PERSIST_VERSION,
    );
    expect(state.messages.map((m) => m.content)).toEqual(['Hi', 'Hi']);
    expect(state.messages.every((m) => m.logprobs === undefined)).toBe(true);
  });

  it('keeps no more lists than the message has choices', () => {
    const state = migratePersisted(
      { messages: [{ id: 'a', role: 'assistant', content: 'Hi', logprobs: [[token], [token]] }] },
      PERSIST_VERSION,
    );
    expect(state.messages[0]?.logprobs).toHaveLength(1);
  });

  it('a pending completion keeps one list per alternative', () => {
    const state = migratePersisted(
      {
        completion: {
          prompt: 'Once',
          alternatives: [' upon'],
          selected: 0,
          logprobs: [[token], [token]],
        },
      },
      PERSIST_VERSION,
    );
    expect(state.completion?.logprobs).toEqual([[token]]);
  });
});
