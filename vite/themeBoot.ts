// The theme a visitor chose (light or dark) must be on <html> before the first
// paint, or a dark-theme visitor on a light system sees a white flash. So a
// few lines run inline in <head>, before the stylesheet applies, and set
// `data-theme`. Inline scripts are otherwise forbidden by the app's CSP
// (vite/csp.ts): the policy allows exactly this script by its SHA-256 hash,
// computed here from the same text the page carries.

import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { THEME_STORAGE_KEY } from '../src/core/theme/themeChoice.ts';

/**
 * Mirrors src/core/theme/themeChoice.ts (parseThemeChoice, themeAttribute):
 * "system" leaves the attribute off: the stylesheet then follows
 * prefers-color-scheme by itself. An embedded frame takes its theme from the
 * host page, never from this browser's saved choice. Storage may be blocked.
 */
export const THEME_BOOT_SCRIPT =
  `(function(){try{` +
  `if(new URLSearchParams(location.search).get('embed')==='1')return;` +
  `var t=localStorage.getItem('${THEME_STORAGE_KEY}');` +
  `if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)` +
  `}catch(e){}})()`;

/** The CSP source that allows the script, e.g. `'sha256-…'`. */
export const THEME_BOOT_HASH = `'sha256-${createHash('sha256').update(THEME_BOOT_SCRIPT, 'utf8').digest('base64')}'`;

/** index.html with the script at the end of <head>: after the CSP meta tag, before the body. */
export function withThemeBoot(html: string): string {
  if (!html.includes('</head>'))
    throw new Error('index.html needs a </head> for the theme script.');
  return html.replace('</head>', `  <script>${THEME_BOOT_SCRIPT}</script>\n  </head>`);
}

/** Adds the script in development and in the build alike, so both start in the right theme. */
export function themeBoot(): Plugin {
  return {
    name: 'theme-boot',
    transformIndexHtml: { order: 'pre', handler: (html) => withThemeBoot(html) },
  };
}
