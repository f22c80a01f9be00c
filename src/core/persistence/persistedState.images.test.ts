import { describe, expect, it } from 'vitest';
import { IMAGE_NOT_STORED } from '../images/images';
import { migratePersisted, PERSIST_VERSION } from './persistedState';

describe('migratePersisted: message images', () => {
  it('keeps valid image URLs on a message and drops anything else', () => {
    const state = migratePersisted(
      {
        messages: [
          {
            id: 'm1',
            role: 'user',
            content: 'Look',
            images: ['data:image/png;base64,AAAA', IMAGE_NOT_STORED, 'javascript:alert(1)', 3],
          },
          { id: 'm2', role: 'user', content: 'No images', images: 'not a list' },
        ],
      },
      PERSIST_VERSION,
    );
    expect(state.messages).toEqual([
      {
        id: 'm1',
        role: 'user',
        content: 'Look',
        images: ['data:image/png;base64,AAAA', IMAGE_NOT_STORED],
      },
      { id: 'm2', role: 'user', content: 'No images' },
    ]);
  });
});
