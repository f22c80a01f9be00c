import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  finishFields,
  newConnectionFields,
  uniqueName,
  validateBaseUrl,
} from './connectionDraft';

describe('validateBaseUrl', () => {
  it.each(['https://api.sippulse.ai', 'http://localhost:11434/v1', 'http://127.0.0.1:8080/v1/'])(
    'accepts %s',
    (url) => expect(validateBaseUrl(url)).toBeUndefined(),
  );

  it('rejects what fetch could not use, saying why', () => {
    expect(validateBaseUrl('api.openai.com')).toMatch(/full URL/);
    expect(validateBaseUrl('ftp://x.example')).toMatch(/http/);
    expect(validateBaseUrl('https://user:pw@x.example')).toMatch(/credentials/);
  });
});

describe('applyPreset', () => {
  it('fills provider, URL and name from the preset', () => {
    expect(applyPreset(newConnectionFields(), 'ollama')).toEqual({
      name: 'Ollama',
      provider: 'openai',
      preset: 'ollama',
      baseUrl: 'http://localhost:11434/v1',
    });
  });

  it("keeps a name the user typed, but replaces the previous preset's name", () => {
    const typed = { ...newConnectionFields('openai'), name: 'Work account' };
    expect(applyPreset(typed, 'groq').name).toBe('Work account');
    expect(applyPreset(newConnectionFields('openai'), 'groq').name).toBe('Groq');
  });

  it('Custom keeps the URL being typed', () => {
    const fields = { ...newConnectionFields('openai'), baseUrl: 'http://my-box:9000/v1' };
    expect(applyPreset(fields, 'custom').baseUrl).toBe('http://my-box:9000/v1');
  });

  it('the in-browser engine takes no URL', () => {
    expect(applyPreset(newConnectionFields('openai'), 'inbrowser')).toMatchObject({
      provider: 'inbrowser',
      baseUrl: '',
    });
  });
});

describe('uniqueName and finishFields', () => {
  it('numbers a name that is taken', () => {
    expect(uniqueName('Ollama', [{ name: 'Ollama' }, { name: 'Ollama 2' }])).toBe('Ollama 3');
    expect(uniqueName('Groq', [{ name: 'Ollama' }])).toBe('Groq');
  });

  it('trims the URL and never saves an empty name', () => {
    expect(
      finishFields({ name: ' ', provider: 'openai', preset: 'custom', baseUrl: ' http://x/v1// ' }),
    ).toEqual({ name: 'x', provider: 'openai', preset: 'custom', baseUrl: 'http://x/v1' });
    expect(
      finishFields({ name: '', provider: 'openai', preset: 'groq', baseUrl: 'https://g/v1' }).name,
    ).toBe('Groq');
  });
});
