import type { Config } from 'dompurify';
import { linkDecision } from './urlPolicy';

/**
 * DOMPurify's configuration for rendered answers: the second line of defence
 * behind the renderer (renderHtml.ts), which already escapes raw HTML. It
 * allows exactly the elements and attributes that renderer emits and nothing
 * that loads or runs anything: no <img> (images are loaded on a click, by
 * code), no SVG or MathML, no forms, frames or styles, no event handlers, and
 * the only URL attribute is `href`, limited to http(s) and mailto.
 */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'input', // task-list checkboxes, forced to disabled checkboxes below
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'span',
  'div',
  'button', // "Copy code" and "Load image", forced to type=button below
] as const;

/** The one attribute whose value the browser follows as a URL. */
export const URL_ATTRIBUTES = ['href'] as const;

/** Attributes whose values are plain words, never URLs. */
export const WORD_ATTRIBUTES = [
  'title',
  'target',
  'rel',
  'class',
  'align',
  'start',
  'type',
  'checked',
  'disabled',
  'data-md-code',
  'data-lang',
  'data-open',
  'data-md-copy',
  'data-md-image',
  'data-md-load-image',
  'data-md-alt',
  // Read by the click handler, which checks it with imageDecision again before loading anything.
  'data-md-src',
] as const;

/** Never allowed, whatever the lists above say (DOMPurify's FORBID_* win over ALLOWED_*). */
export const FORBIDDEN_TAGS = [
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
  'picture',
  'source',
  'video',
  'audio',
  'form',
  'textarea',
  'select',
  'template',
  'noscript',
] as const;

export const FORBIDDEN_ATTRIBUTES = [
  'style',
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'xlink:href',
  'id', // ids in model output could clobber globals or the app's own ids
  'name',
] as const;

export const ALLOWED_URI = /^(?:https?|mailto):/i;

export const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...URL_ATTRIBUTES, ...WORD_ATTRIBUTES],
  // Without this every allowed attribute would have to look like a URL.
  ADD_URI_SAFE_ATTR: [...WORD_ATTRIBUTES],
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
  FORBID_TAGS: [...FORBIDDEN_TAGS],
  FORBID_ATTR: [...FORBIDDEN_ATTRIBUTES],
  // The text inside a removed element is still shown.
  KEEP_CONTENT: true,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
};

/** The part of a DOM element the post-sanitise policy touches. */
export interface ElementLike {
  nodeName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/**
 * Run on every element DOMPurify keeps (its `afterSanitizeAttributes` hook):
 * links open in a new tab with no opener or referrer and only to allowed
 * destinations; inputs are disabled checkboxes; buttons never submit.
 */
export function enforceElementPolicy(el: ElementLike): void {
  switch (el.nodeName.toUpperCase()) {
    case 'A': {
      const href = el.getAttribute('href');
      if (href !== null && linkDecision(href).kind === 'blocked') el.removeAttribute('href');
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
      break;
    }
    case 'INPUT':
      el.setAttribute('type', 'checkbox');
      el.setAttribute('disabled', '');
      break;
    case 'BUTTON':
      el.setAttribute('type', 'button');
      break;
  }
}
