import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../conversation/types';
import { describeBlocker, sendBlockers, type ReadinessInput } from './readiness';

function ready(overrides: Partial<ReadinessInput> = {}): ReadinessInput {
  return {
    model: 'gpt-4o',
    paramErrors: {},
    messages: [],
    draft: 'Hello',
    apiKey: 'sk-test',
    keyRequired: true,
    ...overrides,
  };
}

function msg(role: ConversationMessage['role'], content: string): ConversationMessage {
  return { id: `${role}-${content}`, role, content };
}

const kinds = (input: ReadinessInput) => sendBlockers(input).map((b) => b.kind);

describe('sendBlockers', () => {
  it('lets a complete request through', () => {
    expect(sendBlockers(ready())).toEqual([]);
  });

  it.each([null, ''])('blocks without a model (%j)', (model) => {
    expect(kinds(ready({ model }))).toEqual(['no-model']);
  });

  it('blocks on invalid parameters and names them', () => {
    expect(sendBlockers(ready({ paramErrors: { temperature: 'bad', top_p: 'bad' } }))).toEqual([
      { kind: 'invalid-params', keys: ['temperature', 'top_p'] },
    ]);
  });

  it.each(['', '   '])('blocks on a missing key %j when the provider needs one', (apiKey) => {
    expect(kinds(ready({ apiKey }))).toEqual(['no-key']);
  });

  it('does not ask for a key when the provider needs none', () => {
    expect(sendBlockers(ready({ apiKey: '', keyRequired: false }))).toEqual([]);
  });

  it('blocks an empty conversation with a blank draft', () => {
    expect(kinds(ready({ draft: '  \n' }))).toEqual(['empty-conversation']);
    expect(
      kinds(ready({ draft: '', messages: [msg('user', ''), msg('assistant', '  ')] })),
    ).toEqual(['empty-conversation']);
  });

  it('a blank draft is fine when the conversation has content', () => {
    expect(sendBlockers(ready({ draft: '', messages: [msg('user', 'Hi')] }))).toEqual([]);
  });

  it('reports every blocker at once', () => {
    expect(
      kinds({
        model: null,
        paramErrors: { seed: 'x' },
        messages: [],
        draft: '',
        apiKey: '',
        keyRequired: true,
      }),
    ).toEqual(['no-model', 'invalid-params', 'no-key', 'empty-conversation']);
  });
});

describe('describeBlocker', () => {
  const labels: Record<string, string> = { temperature: 'Temperature', top_p: 'Top P' };
  const labelOf = (key: string) => labels[key] ?? key;

  it('explains each blocker', () => {
    expect(describeBlocker({ kind: 'no-model' }, labelOf)).toMatch(/model/i);
    expect(describeBlocker({ kind: 'no-key' }, labelOf)).toMatch(/API key.*Connection/);
    expect(describeBlocker({ kind: 'empty-conversation' }, labelOf)).toMatch(/message/i);
  });

  it('names invalid parameters by label', () => {
    expect(
      describeBlocker({ kind: 'invalid-params', keys: ['temperature', 'top_p'] }, labelOf),
    ).toBe('Fix Temperature, Top P before sending.');
  });
});

describe("other features' problems", () => {
  it('each invalid input blocks Send and says which field and why', () => {
    const blockers = sendBlockers({
      model: 'gpt-4o',
      paramErrors: {},
      messages: [],
      draft: 'Hi',
      apiKey: 'k',
      keyRequired: true,
      problems: [
        { field: 'Tools', message: 'get weather: the name may only use a-z, A-Z, 0-9, _ and -.' },
        { field: 'JSON schema', message: 'line 3: unexpected token.' },
      ],
    });
    expect(blockers.map((b) => describeBlocker(b, (k) => k))).toEqual([
      'Fix Tools: get weather: the name may only use a-z, A-Z, 0-9, _ and -.',
      'Fix JSON schema: line 3: unexpected token.',
    ]);
  });
});
