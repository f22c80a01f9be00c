// The Content-Security-Policy of the built app, in one place: the build puts
// it in index.html as a <meta> tag, the README shows the header a host should
// send, and e2e/csp.spec.ts serves the app under that header.
//
// Why each source is there:
// - script-src 'wasm-unsafe-eval': the in-browser engine compiles llama.cpp's
//   WebAssembly (in a worker, which inherits this policy).
// - script-src 'sha256-…': the one inline script, which puts the saved theme
//   on <html> before the first paint (vite/themeBoot.ts); no other inline script runs.
// - script-src 'unsafe-eval': ajv compiles the JSON Schemas users write (tool
//   parameters, structured output) into functions with `new Function`. Without
//   it those checks fail; everything else works. config.json's own validator is
//   compiled at build time and needs no eval.
// - style-src 'unsafe-inline': Radix (dialogs, popovers) and shiki set inline styles.
// - connect-src: requests go to whatever API the user types in, so the shipped
//   policy allows any https origin plus local servers; a deployment that fixes
//   its connections narrows it with its own header (both policies apply).
// - worker-src blob:: wllama starts its worker from a blob: URL.
// - img-src: attached images are data: or blob: URLs; remote images appear
//   only on the user's request (an image URL they attach, "Load image" in an
//   answer), from the same places connect-src allows. A deployment that pins
//   its APIs gets "'self' data: blob:" from cspHeader, as connect-src then no
//   longer lets a page reach arbitrary hosts anyway.

import type { Plugin } from 'vite';
import { THEME_BOOT_HASH } from './themeBoot.ts';

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const LOCAL_SERVERS = ['http://localhost:*', 'http://127.0.0.1:*'] as const;

/** Where the in-browser engine downloads curated models (the Hub redirects to its CDNs). */
export const MODEL_HUB = ['https://huggingface.co', 'https://*.huggingface.co', 'https://*.hf.co'];

export const APP_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", THEME_BOOT_HASH, "'wasm-unsafe-eval'", "'unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:', ...LOCAL_SERVERS],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'https:', ...LOCAL_SERVERS],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * The header a host should send: the app's policy plus `frame-ancestors`,
 * which only a header can carry ('none' unless the app is embedded). With
 * `apiOrigins`, `connect-src` is narrowed to those APIs (and the model hub)
 * and `img-src` to the app's own, data: and blob: images.
 */
export function cspHeader({
  apiOrigins,
  frameAncestors = ["'none'"],
  modelHub = true,
}: {
  apiOrigins?: readonly string[];
  frameAncestors?: readonly string[];
  modelHub?: boolean;
} = {}): string {
  const connect =
    apiOrigins === undefined
      ? APP_CSP['connect-src']
      : ["'self'", ...apiOrigins, ...(modelHub ? MODEL_HUB : [])];
  const pinned = apiOrigins !== undefined;
  return serializeCsp({
    ...APP_CSP,
    'img-src': pinned ? ["'self'", 'data:', 'blob:'] : (APP_CSP['img-src'] ?? []),
    'connect-src': connect ?? ["'self'"],
    'frame-ancestors': frameAncestors,
  });
}

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;

/** index.html with the policy right after its charset, before anything it governs. */
export function withCspMeta(html: string, directives: CspDirectives = APP_CSP): string {
  if (!CHARSET.test(html)) throw new Error('index.html needs <meta charset="UTF-8"> for the CSP.');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${serializeCsp(directives)}" />`;
  return html.replace(CHARSET, (charset) => `${charset}\n    ${meta}`);
}

/** Adds the policy to the built index.html only: `vite` (npm start) injects inline scripts. */
export function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withCspMeta(html) },
  };
}
