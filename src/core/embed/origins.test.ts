import { describe, expect, it } from 'vitest';
import { originAllowed, parseAllowedOrigins, parseOriginPattern, readyTargets } from './origins';

const allowed = (...entries: string[]) => parseAllowedOrigins(entries).patterns;

describe('parseOriginPattern', () => {
  it('normalises an origin', () => {
    expect(parseOriginPattern(' HTTPS://App.Example.com ')?.text).toBe('https://app.example.com');
    expect(parseOriginPattern('https://app.example.com/')?.text).toBe('https://app.example.com');
    expect(parseOriginPattern('https://example.com:443')?.text).toBe('https://example.com');
    expect(parseOriginPattern('http://127.0.0.1:8080')?.text).toBe('http://127.0.0.1:8080');
    expect(parseOriginPattern('https://*.example.com')).toMatchObject({
      host: 'example.com',
      subdomains: true,
      text: 'https://*.example.com',
    });
  });

  it('refuses anything that is not an http(s) origin', () => {
    for (const entry of [
      '*',
      'null',
      '',
      'example.com',
      'https://example.com/path',
      'https://example.com?x=1',
      'https://user:pw@example.com',
      'javascript:alert(1)',
      'file:///etc',
      'https://*.com',
      'https://*',
      'https://a.*.example.com',
    ]) {
      expect(parseOriginPattern(entry), entry).toBeUndefined();
    }
  });
});

describe('parseAllowedOrigins', () => {
  it('keeps the valid entries once and reports the rest', () => {
    const parsed = parseAllowedOrigins([
      'https://a.example',
      'https://A.example/',
      '*',
      42,
      'http://localhost:5174',
    ]);
    expect(parsed.patterns.map((p) => p.text)).toEqual([
      'https://a.example',
      'http://localhost:5174',
    ]);
    expect(parsed.invalid).toEqual(['*', '42']);
  });
});

describe('originAllowed', () => {
  const patterns = allowed(
    'https://host.example',
    'http://localhost:5174',
    'https://*.corp.example',
  );

  it('matches scheme, host and port exactly', () => {
    expect(originAllowed('https://host.example', patterns)).toBe(true);
    expect(originAllowed('http://host.example', patterns)).toBe(false);
    expect(originAllowed('https://host.example:8443', patterns)).toBe(false);
    expect(originAllowed('https://evil-host.example', patterns)).toBe(false);
    expect(originAllowed('https://host.example.evil.test', patterns)).toBe(false);
    expect(originAllowed('http://localhost:5174', patterns)).toBe(true);
    expect(originAllowed('http://localhost:5175', patterns)).toBe(false);
  });

  it('lets a wildcard match subdomains only', () => {
    expect(originAllowed('https://a.corp.example', patterns)).toBe(true);
    expect(originAllowed('https://a.b.corp.example', patterns)).toBe(true);
    expect(originAllowed('https://corp.example', patterns)).toBe(false);
    expect(originAllowed('https://evilcorp.example', patterns)).toBe(false);
    expect(originAllowed('http://a.corp.example', patterns)).toBe(false);
  });

  it('never allows opaque or malformed origins', () => {
    expect(originAllowed('null', patterns)).toBe(false);
    expect(originAllowed('', patterns)).toBe(false);
    expect(originAllowed('https://host.example/', patterns)).toBe(false);
    expect(originAllowed('not a url', patterns)).toBe(false);
  });

  it('allows nothing when nothing is configured', () => {
    expect(originAllowed('https://host.example', [])).toBe(false);
  });
});

describe('readyTargets', () => {
  const patterns = allowed('https://a.example', 'https://b.example', 'https://*.c.example');

  it('posts only to a known parent origin, and only when it is allowed', () => {
    expect(readyTargets(patterns, 'https://b.example')).toEqual(['https://b.example']);
    expect(readyTargets(patterns, 'https://x.c.example')).toEqual(['https://x.c.example']);
    expect(readyTargets(patterns, 'https://evil.example')).toEqual([]);
  });

  it('falls back to each exact allowed origin, never a wildcard or *', () => {
    expect(readyTargets(patterns, undefined)).toEqual(['https://a.example', 'https://b.example']);
    expect(readyTargets(patterns, 'null')).toEqual(['https://a.example', 'https://b.example']);
    expect(readyTargets([], undefined)).toEqual([]);
  });
});
