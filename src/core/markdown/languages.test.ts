import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_LANGUAGES, languageFor } from './languages';

describe('languageFor', () => {
  it('knows every language on the list by its own name, in any case', () => {
    for (const lang of HIGHLIGHT_LANGUAGES) {
      expect(languageFor(lang)).toBe(lang);
      expect(languageFor(lang.toUpperCase())).toBe(lang);
    }
  });

  it('maps the short names models write', () => {
    expect(languageFor('js')).toBe('javascript');
    expect(languageFor('ts')).toBe('typescript');
    expect(languageFor('py')).toBe('python');
    expect(languageFor('sh')).toBe('bash');
    expect(languageFor('shell')).toBe('bash');
    expect(languageFor('yml')).toBe('yaml');
    expect(languageFor('c++')).toBe('cpp');
    expect(languageFor('rs')).toBe('rust');
    expect(languageFor('golang')).toBe('go');
    expect(languageFor('patch')).toBe('diff');
  });

  it('reads only the first word of the info string', () => {
    expect(languageFor('python title="main.py"')).toBe('python');
    expect(languageFor('  rust  ')).toBe('rust');
    expect(languageFor('{.python}')).toBe('python');
    expect(languageFor('language-go')).toBe('go');
  });

  it('leaves unknown or missing languages plain', () => {
    expect(languageFor(undefined)).toBeNull();
    expect(languageFor('')).toBeNull();
    expect(languageFor('brainfuck')).toBeNull();
    expect(languageFor('tsx')).toBeNull();
    // Object.prototype names are not aliases.
    expect(languageFor('constructor')).toBeNull();
    expect(languageFor('__proto__')).toBeNull();
  });
});
