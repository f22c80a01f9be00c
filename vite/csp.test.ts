import { describe, expect, it } from 'vitest';
import { APP_CSP, cspHeader, serializeCsp, withCspMeta } from './csp';
import { THEME_BOOT_HASH } from './themeBoot';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe('the app’s Content-Security-Policy', () => {
  const meta = serializeCsp(APP_CSP);

  it('allows scripts only from the app itself, its theme boot script, WebAssembly and ajv’s compiled schemas', () => {
    expect(directive(meta, 'script-src')).toBe(
      `'self' ${THEME_BOOT_HASH} 'wasm-unsafe-eval' 'unsafe-eval'`,
    );
    expect(directive(meta, 'script-src')).not.toContain('unsafe-inline');
  });

  it('lets the user reach any https API and local servers, nothing else in plain http', () => {
    expect(directive(meta, 'connect-src')).toBe(
      "'self' https: http://localhost:* http://127.0.0.1:*",
    );
  });

  it('shows remote images only from where requests may go anyway, and runs no plugins', () => {
    expect(directive(meta, 'img-src')).toBe(
      "'self' data: blob: https: http://localhost:* http://127.0.0.1:*",
    );
    expect(directive(meta, 'object-src')).toBe("'none'");
  });

  it('keeps frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(directive(meta, 'frame-ancestors')).toBeUndefined();
  });
});

describe('cspHeader', () => {
  it('adds frame-ancestors, none by default', () => {
    expect(directive(cspHeader(), 'frame-ancestors')).toBe("'none'");
    expect(
      directive(cspHeader({ frameAncestors: ['https://intranet.test'] }), 'frame-ancestors'),
    ).toBe('https://intranet.test');
  });

  it('narrows connect-src to the deployment’s APIs and the model hub', () => {
    const header = cspHeader({ apiOrigins: ['https://api.sippulse.ai'] });
    expect(directive(header, 'connect-src')).toBe(
      "'self' https://api.sippulse.ai https://huggingface.co https://*.huggingface.co https://*.hf.co",
    );
    expect(
      directive(
        cspHeader({ apiOrigins: ['https://api.sippulse.ai'], modelHub: false }),
        'connect-src',
      ),
    ).toBe("'self' https://api.sippulse.ai");
  });

  it('with pinned APIs, allows images from the app, data: and blob: only', () => {
    expect(directive(cspHeader(), 'img-src')).toContain('https:');
    expect(directive(cspHeader({ apiOrigins: [] }), 'img-src')).toBe("'self' data: blob:");
  });
});

describe('withCspMeta', () => {
  it('puts the policy right after the charset, before any script', () => {
    const html = withCspMeta(
      '<head>\n    <meta charset="UTF-8" />\n    <script type="module" src="./a.js"></script>\n</head>',
    );
    const csp = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(csp).toBeGreaterThan(html.indexOf('charset'));
    expect(csp).toBeLessThan(html.indexOf('<script'));
  });

  it('refuses an index.html it cannot place the policy in', () => {
    expect(() => withCspMeta('<head></head>')).toThrow(/charset/);
  });
});
