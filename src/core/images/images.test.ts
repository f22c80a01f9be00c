import { describe, expect, it } from 'vitest';
import {
  IMAGE_NOT_STORED,
  imagesForStorage,
  isAttachableUrl,
  MAX_IMAGES_PER_MESSAGE,
  sanitiseImages,
  toContent,
} from './images';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('toContent (content parts, seed 001)', () => {
  it('keeps a plain string when there are no images', () => {
    expect(toContent('Hi', undefined)).toBe('Hi');
    expect(toContent('Hi', [])).toBe('Hi');
  });

  it('puts the text part first, then one image_url part per image', () => {
    expect(toContent('Describe these', [PNG, 'https://example.com/b.jpg'])).toEqual([
      { type: 'text', text: 'Describe these' },
      { type: 'image_url', image_url: { url: PNG } },
      { type: 'image_url', image_url: { url: 'https://example.com/b.jpg' } },
    ]);
  });

  it('sends only image parts for a message without text', () => {
    expect(toContent('', [PNG])).toEqual([{ type: 'image_url', image_url: { url: PNG } }]);
  });

  it('never sends an image that was lost on reload', () => {
    expect(toContent('Hi', [IMAGE_NOT_STORED])).toBe('Hi');
    expect(toContent('Hi', [IMAGE_NOT_STORED, PNG])).toEqual([
      { type: 'text', text: 'Hi' },
      { type: 'image_url', image_url: { url: PNG } },
    ]);
  });
});

describe('sanitiseImages', () => {
  it('keeps attachable URLs and the not-stored marker, drops the rest', () => {
    expect(
      sanitiseImages([PNG, 'https://x.test/a.png', IMAGE_NOT_STORED, 'javascript:1', 5, null]),
    ).toEqual([PNG, 'https://x.test/a.png', IMAGE_NOT_STORED]);
    expect(sanitiseImages('nope')).toBeUndefined();
    expect(sanitiseImages(['javascript:1'])).toBeUndefined();
    expect(sanitiseImages(Array(20).fill(PNG))).toHaveLength(MAX_IMAGES_PER_MESSAGE);
  });
});

describe('imagesForStorage', () => {
  const big = `data:image/png;base64,${'A'.repeat(96)}`; // 118 characters

  it('keeps the newest data URLs within the budget and marks older ones', () => {
    const messages = [
      { id: 'old', images: [big] },
      { id: 'text' },
      { id: 'new', images: [big, 'https://x.test/a.png'] },
    ];
    const stored = imagesForStorage(messages, 150);
    expect(stored.map((m) => m.images)).toEqual([
      [IMAGE_NOT_STORED],
      undefined,
      [big, 'https://x.test/a.png'],
    ]);
    // Untouched messages are the same objects; the originals are not mutated.
    expect(stored[1]).toBe(messages[1]);
    expect(stored[2]).toBe(messages[2]);
    expect(messages[0]?.images).toEqual([big]);
  });

  it('changes nothing when everything fits', () => {
    const messages = [{ images: [big] }, { images: [big] }];
    expect(imagesForStorage(messages, 1000)).toEqual(messages);
  });
});

describe('isAttachableUrl', () => {
  it('accepts http(s) addresses and base64 data URLs of the four formats', () => {
    expect(isAttachableUrl('https://x.test/a.png')).toBe(true);
    expect(isAttachableUrl(PNG)).toBe(true);
    expect(isAttachableUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isAttachableUrl('javascript:alert(1)')).toBe(false);
    expect(isAttachableUrl('https://x.test/a b.png')).toBe(false);
  });
});
