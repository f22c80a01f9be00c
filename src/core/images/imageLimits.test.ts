import { describe, expect, it } from 'vitest';
import {
  dataUrlBytes,
  imageCountProblem,
  imageFileProblem,
  imageUrlProblem,
  MAX_IMAGE_BYTES,
} from './imageLimits';
import { MAX_IMAGES_PER_MESSAGE } from './images';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('the image size limit', () => {
  it('is 5 MB per image', () => {
    expect(MAX_IMAGE_BYTES).toBe(5 * 1024 * 1024);
  });

  it('accepts a file at the limit and refuses one byte more, saying why', () => {
    expect(
      imageFileProblem({ name: 'a.png', size: MAX_IMAGE_BYTES, type: 'image/png' }),
    ).toBeNull();
    expect(
      imageFileProblem({ name: 'big.jpg', size: MAX_IMAGE_BYTES + 1, type: 'image/jpeg' }),
    ).toBe(
      'big.jpg is 5.1 MB; images can be at most 5.0 MB. It was not attached: make it smaller, or give its address under Image URL.',
    );
    expect(imageFileProblem({ name: 'huge.png', size: 12_345_678, type: 'image/png' })).toContain(
      'huge.png is 11.8 MB',
    );
  });

  it('refuses files that are not PNG, JPEG, WebP or GIF', () => {
    expect(imageFileProblem({ name: 'x.svg', size: 10, type: 'image/svg+xml' })).toBe(
      'x.svg is not a PNG, JPEG, WebP or GIF image, so it was not attached.',
    );
    expect(imageFileProblem({ name: '', size: 10, type: 'text/plain' })).toMatch(
      /^The pasted image is not/,
    );
  });

  it('measures a data URL by its decoded bytes', () => {
    expect(dataUrlBytes('data:image/png;base64,AAAA')).toBe(3);
    expect(dataUrlBytes('data:image/png;base64,AAA=')).toBe(2);
    expect(dataUrlBytes('data:image/png;base64,AA==')).toBe(1);
    const big = `data:image/png;base64,${'A'.repeat(Math.ceil((MAX_IMAGE_BYTES + 3) / 3) * 4)}`;
    expect(imageUrlProblem(big)).toMatch(
      /^That image is 5\.1 MB; images can be at most 5\.0 MB\.$/,
    );
  });
});

describe('imageUrlProblem', () => {
  it.each(['https://example.com/cat.png', 'http://localhost:8080/a.jpg', PNG])(
    'accepts %s',
    (url) => {
      expect(imageUrlProblem(url)).toBeNull();
    },
  );

  it.each([
    ['', 'Enter the address of an image.'],
    ['cat.png', 'Enter a full address starting with https:// (or a data: URL).'],
    ['javascript:alert(1)', 'Only http(s) addresses and data: URLs can be sent as images.'],
    ['file:///etc/passwd', 'Only http(s) addresses and data: URLs can be sent as images.'],
    ['data:text/html;base64,PGI+', 'A data URL must be a base64 PNG, JPEG, WebP or GIF image.'],
    [
      'data:image/svg+xml;base64,PHN2Zz4=',
      'A data URL must be a base64 PNG, JPEG, WebP or GIF image.',
    ],
  ])('refuses %j', (url, message) => {
    expect(imageUrlProblem(url)).toBe(message);
  });
});

describe('imageCountProblem', () => {
  it('caps the images on one message', () => {
    expect(imageCountProblem(MAX_IMAGES_PER_MESSAGE - 1)).toBeNull();
    expect(imageCountProblem(MAX_IMAGES_PER_MESSAGE)).toBe(
      'A message can carry at most 10 images.',
    );
  });
});
