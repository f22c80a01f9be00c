// Replacing the conversation (adopting an unsynced Compare column's prompt
// and answer) never loses the user's own: Undo brings back both the system
// message and the messages, until the conversation moves on.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './memoryStorage.testing';

const storage = new MemoryStorage();
vi.stubGlobal('localStorage', storage);

const { usePlayground } = await import('./playgroundStore');

const msg = (id: string, content: string) => ({ id, role: 'user' as const, content });

describe('replacing the conversation', () => {
  beforeEach(() => {
    usePlayground.setState(
      { ...usePlayground.getInitialState(), system: 'Mine', messages: [msg('a', 'My question')] },
      true,
    );
  });

  it('puts the new system message and conversation in place, and Undo brings both back', () => {
    const { replaceConversation } = usePlayground.getState();
    replaceConversation('Theirs', [msg('b', 'Their question')], 'column 2');
    expect(usePlayground.getState()).toMatchObject({
      system: 'Theirs',
      messages: [msg('b', 'Their question')],
      replaced: { by: 'column 2' },
    });
    usePlayground.getState().undoReplace();
    expect(usePlayground.getState()).toMatchObject({
      system: 'Mine',
      messages: [msg('a', 'My question')],
      replaced: null,
    });
  });

  it('the Undo offer ends when the conversation moves on (a new message, or Clear)', () => {
    const s = usePlayground.getState();
    s.replaceConversation('Theirs', [], 'column 2');
    s.addMessage('user', 'Next');
    expect(usePlayground.getState().replaced).toBeNull();
    s.replaceConversation('Theirs', [], 'column 2');
    s.clearConversation();
    expect(usePlayground.getState().replaced).toBeNull();
  });

  it('is not saved: a reload offers no Undo of a replacement', () => {
    usePlayground.getState().replaceConversation('Theirs', [], 'column 2');
    const saved = JSON.parse(storage.getItem('llm-playground:state') ?? '{}') as {
      state: Record<string, unknown>;
    };
    expect(saved.state.system).toBe('Theirs');
    expect(saved.state).not.toHaveProperty('replaced');
  });
});
