import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, imageDecision, linkDecision } from './urlPolicy';

describe('linkDecision', () => {
  it('keeps web and mail links, normalised', () => {
    expect(linkDecision('https://example.com/a?b=1#c')).toEqual({
      kind: 'allowed',
      href: 'https://example.com/a?b=1#c',
    });
    expect(linkDecision('HTTP://Example.COM')).toEqual({
      kind: 'allowed',
      href: 'http://example.com/',
    });
    expect(linkDecision('mailto:someone@example.com')).toMatchObject({ kind: 'allowed' });
    expect(linkDecision('http://a.b/?x=1&amp;y=2')).toEqual({
      kind: 'allowed',
      href: 'http://a.b/?x=1&y=2',
    });
  });

  it.each([
    'javascript:window.__pwned=1',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'blob:https://example.com/uuid',
  ])('blocks %j', (href) => {
    expect(linkDecision(href).kind).toBe('blocked');
  });

  it('blocks relative links, which would point into the playground', () => {
    expect(linkDecision('/settings').kind).toBe('blocked');
    expect(linkDecision('#top').kind).toBe('blocked');
    expect(linkDecision('//evil.example/x').kind).toBe('blocked');
    expect(linkDecision('').kind).toBe('blocked');
  });

  it('says why a link was removed', () => {
    expect(linkDecision('javascript:alert(1)')).toEqual({
      kind: 'blocked',
      reason: 'Link removed: javascript: links are not followed.',
    });
  });
});

describe('imageDecision', () => {
  it('names the host a remote image would be fetched from', () => {
    expect(imageDecision('http://127.0.0.1:8123/pixel.png?leak=secret')).toEqual({
      kind: 'remote',
      src: 'http://127.0.0.1:8123/pixel.png?leak=secret',
      host: '127.0.0.1:8123',
    });
    expect(imageDecision('https://Tracker.example/p.gif')).toMatchObject({
      kind: 'remote',
      host: 'tracker.example',
    });
  });

  it('accepts base64 raster data URLs as embedded images', () => {
    expect(imageDecision('data:image/png;base64,iVBORw0KGgo=')).toEqual({
      kind: 'embedded',
      src: 'data:image/png;base64,iVBORw0KGgo=',
      mime: 'image/png',
    });
  });

  it.each([
    'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
    'data:image/svg+xml,<svg onload="alert(1)"/>',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image/png,notbase64<script>',
    'javascript:alert(1)',
    'pixel.png',
    '/pixel.png',
    'ftp://example.com/a.png',
    'file:///tmp/a.png',
  ])('blocks %j', (src) => {
    expect(imageDecision(src).kind).toBe('blocked');
  });
});

describe('decodeCharacterReferences', () => {
  it('decodes numeric and a few named references, and leaves the rest', () => {
    expect(decodeCharacterReferences('&#106;&#X61;&amp;&lt;&unknown;')).toBe('ja&<&unknown;');
    expect(decodeCharacterReferences('&#0;&#99999999;')).toBe('\uFFFD&#99999999;');
    expect(decodeCharacterReferences('&constructor;')).toBe('&constructor;');
  });
});
