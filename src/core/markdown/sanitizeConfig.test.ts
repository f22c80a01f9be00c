import { describe, expect, it } from 'vitest';
import {
  ALLOWED_URI,
  enforceElementPolicy,
  FORBIDDEN_TAGS,
  SANITIZE_CONFIG,
  type ElementLike,
} from './sanitizeConfig';

describe('SANITIZE_CONFIG', () => {
  const tags = SANITIZE_CONFIG.ALLOWED_TAGS ?? [];
  const attrs = SANITIZE_CONFIG.ALLOWED_ATTR ?? [];

  it('allows no element that runs script, loads a resource, or styles the page', () => {
    for (const tag of [
      'script',
      'style',
      'link',
      'meta',
      'base',
      'svg',
      'math',
      'iframe',
      'frame',
      'object',
      'embed',
      'img',
      'video',
      'audio',
      'source',
      'form',
      'template',
    ]) {
      expect(tags).not.toContain(tag);
      expect(FORBIDDEN_TAGS).toContain(tag);
    }
  });

  it('allows no event handler, style, or resource-loading attribute', () => {
    expect(attrs.filter((a) => /^on/i.test(a))).toEqual([]);
    for (const attr of [
      'style',
      'src',
      'srcset',
      'srcdoc',
      'action',
      'formaction',
      'xlink:href',
      'id',
    ]) {
      expect(attrs).not.toContain(attr);
      expect(SANITIZE_CONFIG.FORBID_ATTR).toContain(attr);
    }
  });

  it('turns off the permissive defaults', () => {
    expect(SANITIZE_CONFIG).toMatchObject({
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      ALLOW_SELF_CLOSE_IN_ATTR: false,
      ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
      KEEP_CONTENT: true,
      SANITIZE_DOM: true,
      WHOLE_DOCUMENT: false,
    });
  });

  it('treats only href as a URL, and every other allowed attribute as a word', () => {
    const uriSafe = SANITIZE_CONFIG.ADD_URI_SAFE_ATTR ?? [];
    expect(attrs.filter((a) => !uriSafe.includes(a))).toEqual(['href']);
  });

  it('allows only http(s) and mailto URLs', () => {
    expect(SANITIZE_CONFIG.ALLOWED_URI_REGEXP).toBe(ALLOWED_URI);
    for (const ok of ['https://example.com', 'HTTP://x.y/', 'mailto:a@b.c']) {
      expect(ok).toMatch(ALLOWED_URI);
    }
    for (const bad of [
      'javascript:alert(1)',
      'vbscript:x',
      'data:text/html,x',
      'data:image/svg+xml,x',
      'blob:https://x/y',
      'file:///etc/passwd',
      '/relative',
      '#fragment',
      'x-javascript:1',
    ]) {
      expect(bad).not.toMatch(ALLOWED_URI);
    }
  });
});

function fakeElement(nodeName: string, attrs: Record<string, string>) {
  const map = new Map(Object.entries(attrs));
  const el: ElementLike & { attrs: Map<string, string> } = {
    nodeName,
    attrs: map,
    getAttribute: (n) => map.get(n) ?? null,
    setAttribute: (n, v) => void map.set(n, v),
    removeAttribute: (n) => void map.delete(n),
  };
  return el;
}

describe('enforceElementPolicy', () => {
  it('makes links open in a new tab without opener or referrer', () => {
    const a = fakeElement('A', { href: 'https://example.com/', target: '_self', rel: 'opener' });
    enforceElementPolicy(a);
    expect(Object.fromEntries(a.attrs)).toEqual({
      href: 'https://example.com/',
      target: '_blank',
      rel: 'noopener noreferrer',
    });
  });

  it('removes a link destination that is not allowed', () => {
    const a = fakeElement('a', { href: 'java\tscript:alert(1)' });
    enforceElementPolicy(a);
    expect(a.attrs.has('href')).toBe(false);
  });

  it('keeps inputs disabled checkboxes and buttons non-submitting', () => {
    const input = fakeElement('INPUT', { type: 'text' });
    enforceElementPolicy(input);
    expect(Object.fromEntries(input.attrs)).toEqual({ type: 'checkbox', disabled: '' });
    const button = fakeElement('BUTTON', { type: 'submit' });
    enforceElementPolicy(button);
    expect(button.attrs.get('type')).toBe('button');
  });

  it('leaves other elements alone', () => {
    const p = fakeElement('P', { class: 'x' });
    enforceElementPolicy(p);
    expect(Object.fromEntries(p.attrs)).toEqual({ class: 'x' });
  });
});
