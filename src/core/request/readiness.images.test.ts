import { describe, expect, it } from 'vitest';
import { sendBlockers } from './readiness';

const base = {
  model: 'gpt-4o',
  paramErrors: {},
  messages: [],
  draft: '',
  apiKey: 'k',
  keyRequired: true,
};

describe('sendBlockers with images', () => {
  it('lets an image-only message be sent', () => {
    expect(sendBlockers({ ...base, draftImages: 1 })).toEqual([]);
    expect(
      sendBlockers({
        ...base,
        messages: [{ id: '1', role: 'user', content: '', images: ['https://x.test/a.png'] }],
      }),
    ).toEqual([]);
  });

  it('still needs something to send', () => {
    expect(sendBlockers({ ...base, draftImages: 0 })).toEqual([{ kind: 'empty-conversation' }]);
  });
});
