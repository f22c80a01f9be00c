import { describe, expect, it } from 'vitest';
import { parseThemeChoice, themeAttribute } from './themeChoice';

describe('parseThemeChoice', () => {
  it('keeps light and dark', () => {
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('dark')).toBe('dark');
  });

  it('follows the system for "system", nothing saved, or anything storage was tampered into', () => {
    for (const raw of ['system', null, undefined, '', 'Dark', '"dark"', 42, { theme: 'dark' }]) {
      expect(parseThemeChoice(raw)).toBe('system');
    }
  });
});

describe('themeAttribute', () => {
  it('marks <html> only for an explicit choice', () => {
    expect(themeAttribute('light')).toBe('light');
    expect(themeAttribute('dark')).toBe('dark');
    expect(themeAttribute('system')).toBeNull();
  });
});
