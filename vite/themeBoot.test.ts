import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_CSP, serializeCsp } from './csp';
import { THEME_BOOT_HASH, THEME_BOOT_SCRIPT, withThemeBoot } from './themeBoot';

/** Runs the boot script against a fake page: what `data-theme` ends up as. */
function boot(saved: string | null, search = '', storageThrows = false): string | null {
  const attributes = new Map<string, string>();
  const page = {
    location: { search },
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return key === 'llm-playground:theme' ? saved : null;
      },
    },
    document: {
      documentElement: {
        setAttribute: (name: string, value: string) => attributes.set(name, value),
      },
    },
  };
  new Function('location', 'localStorage', 'document', THEME_BOOT_SCRIPT)(
    page.location,
    page.localStorage,
    page.document,
  );
  return attributes.get('data-theme') ?? null;
}

describe('the theme boot script', () => {
  it('puts a saved light or dark choice on <html>', () => {
    expect(boot('dark')).toBe('dark');
    expect(boot('light')).toBe('light');
  });

  it('leaves "system", nothing saved and junk to the stylesheet', () => {
    expect(boot('system')).toBeNull();
    expect(boot(null)).toBeNull();
    expect(boot('<img onerror=alert(1)>')).toBeNull();
  });

  it('leaves an embedded frame to its host, and survives blocked storage', () => {
    expect(boot('dark', '?embed=1')).toBeNull();
    expect(boot('dark', '', true)).toBeNull();
  });

  it('is allowed by the CSP through the hash of exactly this text', () => {
    const digest = createHash('sha256').update(THEME_BOOT_SCRIPT).digest('base64');
    expect(THEME_BOOT_HASH).toBe(`'sha256-${digest}'`);
    expect(APP_CSP['script-src']).toContain(THEME_BOOT_HASH);
  });

  it('is in the policy the README tells hosts to send, so a changed script updates it there too', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(serializeCsp(APP_CSP));
    expect(readme).toContain(`script-src 'self' ${THEME_BOOT_HASH} 'wasm-unsafe-eval'`);
  });

  it('goes into <head> verbatim, so the hash matches what the browser sees', () => {
    const html = withThemeBoot('<head>\n<meta charset="UTF-8" />\n</head><body></body>');
    expect(html).toContain(`<script>${THEME_BOOT_SCRIPT}</script>`);
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<body>'));
  });
});
