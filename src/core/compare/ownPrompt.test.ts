import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../conversation/types';
import type { CompareColumn } from './columns';
import {
  addMessage,
  appendToUnsynced,
  editOwn,
  ownMissingVariables,
  promptOf,
  removeMessage,
  restoreOwn,
  setContent,
  setSystem,
  syncBack,
  toggleRole,
  unsync,
  type OwnPrompt,
} from './ownPrompt';

const user = (id: string, content: string): ConversationMessage => ({ id, role: 'user', content });
const shared: OwnPrompt = { system: 'Be brief.', messages: [user('m1', 'Hello')] };
const col = (id: string, own?: OwnPrompt): CompareColumn => ({
  id,
  connectionId: 'c',
  model: 'm',
  raw: { temperature: '0.5' },
  ...(own ? { own } : {}),
});

describe('a column running its own prompt', () => {
  it('runs the shared prompt until unsynced, then a copy that edits leave the shared one untouched', () => {
    const columns = [col('a'), col('b')];
    expect(promptOf(columns[0]!, shared)).toBe(shared);

    const unsynced = unsync(columns, 'b', shared);
    expect(unsynced[0]).toBe(columns[0]);
    expect(promptOf(unsynced[1]!, shared)).toEqual(shared);

    const edited = editOwn(unsynced, 'b', (o) => setContent(setSystem(o, 'Be long.'), 'm1', 'Hi'));
    expect(promptOf(edited[1]!, shared)).toEqual({
      system: 'Be long.',
      messages: [user('m1', 'Hi')],
    });
    expect(shared).toEqual({ system: 'Be brief.', messages: [user('m1', 'Hello')] });
    // The rest of the column is as it was.
    expect(edited[1]).toMatchObject({ id: 'b', connectionId: 'c', raw: { temperature: '0.5' } });
  });

  it('keeps its edits when unsynced a second time', () => {
    const own = { system: 'Mine', messages: [] };
    expect(unsync([col('a', own)], 'a', shared)[0]?.own).toBe(own);
  });

  it('syncs back, handing over its copy for Undo, which restores it', () => {
    const own = { system: 'Mine', messages: [user('x', 'Mine too')] };
    const { columns, discarded } = syncBack([col('a', own), col('b')], 'a');
    expect(discarded).toBe(own);
    expect(columns[0]).toEqual(col('a'));
    expect('own' in columns[0]!).toBe(false);
    expect(restoreOwn(columns, 'a', own)[0]?.own).toBe(own);
  });

  it('has nothing to hand over when it was synced already', () => {
    expect(syncBack([col('a')], 'a').discarded).toBeUndefined();
  });

  it('does not edit a synced column', () => {
    const columns = [col('a')];
    expect(editOwn(columns, 'a', (o) => setSystem(o, 'x'))[0]?.own).toBeUndefined();
  });

  it("Send's message joins only the unsynced columns' own conversations", () => {
    const message = user('new', 'Next question');
    const columns = appendToUnsynced([col('a'), col('b', shared)], message);
    expect(columns[0]?.own).toBeUndefined();
    expect(columns[1]?.own?.messages).toEqual([user('m1', 'Hello'), message]);
  });
});

describe('editing an own prompt', () => {
  const answer: ConversationMessage = {
    id: 'a1',
    role: 'assistant',
    content: 'One',
    alternatives: ['One', 'Two'],
    logprobs: [[], []],
  };
  const own: OwnPrompt = { system: '', messages: [user('u1', 'Q'), answer] };

  it('an edited answer drops its other choices and probabilities', () => {
    const edited = setContent(own, 'a1', 'Mine');
    expect(edited.messages[1]).toEqual({ id: 'a1', role: 'assistant', content: 'Mine' });
    expect(edited.messages[0]).toBe(own.messages[0]);
  });

  it('adds, removes and toggles roles, but a tool result stays a tool result', () => {
    const tool: ConversationMessage = { id: 't', role: 'tool', content: '{}', toolCallId: 'c' };
    let next = addMessage(own, tool);
    next = toggleRole(toggleRole(next, 'u1'), 't');
    expect(next.messages.map((m) => m.role)).toEqual(['assistant', 'assistant', 'tool']);
    expect(removeMessage(next, 'a1').messages.map((m) => m.id)).toEqual(['u1', 't']);
  });
});

describe('variables in an own prompt', () => {
  const own: OwnPrompt = {
    system: 'You are {{persona}}.',
    messages: [
      user('u', 'About {{topic}}'),
      { id: 'a', role: 'assistant', content: '{{x}}', run: { status: 'done', model: 'm' } },
    ],
  };

  it('lists the names without a value, the draft included, answers excluded', () => {
    expect(ownMissingVariables(own, 'and {{tone}}', { persona: 'a poet' }, [])).toEqual([
      'topic',
      'tone',
    ]);
  });

  it('leaves out names the shared prompt already reports', () => {
    expect(ownMissingVariables(own, '', {}, ['persona'])).toEqual(['topic']);
  });
});
