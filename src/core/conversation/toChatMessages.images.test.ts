import { describe, expect, it } from 'vitest';
import { IMAGE_NOT_STORED } from '../images/images';
import { toChatMessages } from './toChatMessages';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('toChatMessages with images', () => {
  it('sends a user message with images as text and image_url parts', () => {
    expect(
      toChatMessages([{ id: '1', role: 'user', content: 'What is this?', images: [PNG] }]),
    ).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image_url', image_url: { url: PNG } },
        ],
      },
    ]);
  });

  it('keeps a user message that has images but no text', () => {
    expect(toChatMessages([{ id: '1', role: 'user', content: '', images: [PNG] }])).toEqual([
      { role: 'user', content: [{ type: 'image_url', image_url: { url: PNG } }] },
    ]);
  });

  it('sends images on user messages only, and never an image lost on reload', () => {
    expect(
      toChatMessages([
        { id: '1', role: 'assistant', content: 'Here', images: [PNG] },
        { id: '2', role: 'user', content: 'Again', images: [IMAGE_NOT_STORED] },
        { id: '3', role: 'user', content: '', images: [IMAGE_NOT_STORED] },
      ]),
    ).toEqual([
      { role: 'assistant', content: 'Here' },
      { role: 'user', content: 'Again' },
    ]);
  });
});
