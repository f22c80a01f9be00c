import { describe, expect, it } from 'vitest';
import { dialectFor } from './index';
import { corsHintFor, guessPreset, PRESETS, presetFor, type PresetId } from './presets';

const ALL_IDS: PresetId[] = [
  'sippulse',
  'sippulse-openai',
  'openai',
  'openrouter',
  'groq',
  'together',
  'gemini',
  'ollama',
  'lmstudio',
  'llamacpp',
  'vllm',
  'custom',
];

describe('PRESETS', () => {
  it('offers every known server once, in a stable order', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(ALL_IDS);
    expect(new Set(PRESETS.map((p) => p.label)).size).toBe(PRESETS.length);
  });

  it.each([
    ['sippulse', 'sippulse', 'https://api.sippulse.ai', true],
    ['sippulse-openai', 'openai', 'https://api.sippulse.ai/v1/openai', true],
    ['openai', 'openai', 'https://api.openai.com/v1', true],
    ['openrouter', 'openai', 'https://openrouter.ai/api/v1', true],
    ['groq', 'openai', 'https://api.groq.com/openai/v1', true],
    ['together', 'openai', 'https://api.together.xyz/v1', true],
    ['gemini', 'openai', 'https://generativelanguage.googleapis.com/v1beta/openai', true],
    ['ollama', 'openai', 'http://localhost:11434/v1', false],
    ['lmstudio', 'openai', 'http://localhost:1234/v1', false],
    ['llamacpp', 'openai', 'http://localhost:8080/v1', false],
    ['vllm', 'openai', 'http://localhost:8000/v1', false],
    ['custom', 'openai', '', false],
  ] as const)('%s talks %s at %j, key required: %s', (id, provider, baseUrl, keyRequired) => {
    expect(presetFor(id)).toMatchObject({ id, provider, baseUrl, keyRequired });
  });

  it('the SipPulse OpenAI endpoint goes through the OpenAI dialect, so the key is a Bearer token', () => {
    const preset = presetFor('sippulse-openai');
    expect(dialectFor(preset.provider).auth).toMatchObject({
      header: 'Authorization',
      prefix: 'Bearer ',
    });
    expect(dialectFor(presetFor('sippulse').provider).auth.header).toBe('api-key');
  });

  it('every preset has a CORS hint, and every base URL is a clean URL without a trailing slash', () => {
    for (const preset of PRESETS) {
      expect(preset.corsHint.trim(), preset.id).not.toBe('');
      if (preset.baseUrl === '') continue;
      expect(new URL(preset.baseUrl).href.replace(/\/$/, ''), preset.id).toBe(preset.baseUrl);
    }
  });

  it('cloud services that need a key say where to get one, over https', () => {
    for (const id of ['openai', 'openrouter', 'groq', 'together', 'gemini'] as const) {
      const { keyUrl } = presetFor(id);
      expect(keyUrl, id).toMatch(/^https:\/\//);
    }
  });

  it('Gemini says it needs a Google AI Studio key', () => {
    expect(presetFor('gemini').note).toMatch(/Google AI Studio/);
  });

  it('local servers give the command or setting that lets the browser in', () => {
    expect(presetFor('ollama').corsHint).toContain('OLLAMA_ORIGINS={origin} ollama serve');
    expect(presetFor('lmstudio').corsHint).toMatch(/CORS/);
    expect(presetFor('llamacpp').corsHint).toContain('llama-server -m model.gguf --port 8080');
    expect(presetFor('vllm').corsHint).toContain('--allowed-origins');
  });

  it('cloud services point at the network, a blocker or a proxy instead', () => {
    for (const id of ['openai', 'openrouter', 'groq', 'together', 'gemini'] as const) {
      expect(presetFor(id).corsHint, id).toMatch(/network.*blocker.*proxy/);
    }
  });

  it('presetFor throws for an unknown id', () => {
    expect(() => presetFor('nope' as PresetId)).toThrow(/nope/);
  });
});

describe('guessPreset', () => {
  it.each(PRESETS.filter((p) => p.baseUrl !== '').map((p) => [p.id, p.provider, p.baseUrl]))(
    'recognises %s from its own base URL',
    (id, provider, baseUrl) => {
      expect(guessPreset(provider as 'sippulse' | 'openai', baseUrl)).toBe(id);
    },
  );

  it('ignores blanks, trailing slashes and the case of the host', () => {
    expect(guessPreset('openai', '  HTTPS://API.Groq.com/openai/v1/  ')).toBe('groq');
    expect(guessPreset('sippulse', 'https://api.sippulse.ai///')).toBe('sippulse');
  });

  it('treats 127.0.0.1 and [::1] as localhost', () => {
    expect(guessPreset('openai', 'http://127.0.0.1:11434/v1')).toBe('ollama');
    expect(guessPreset('openai', 'http://[::1]:1234/v1')).toBe('lmstudio');
  });

  it('recognises a local server typed without /v1 by its port', () => {
    expect(guessPreset('openai', 'http://localhost:11434')).toBe('ollama');
    expect(guessPreset('openai', 'http://localhost:8080')).toBe('llamacpp');
  });

  it('tells the two SipPulse presets apart by provider', () => {
    expect(guessPreset('openai', 'https://api.sippulse.ai/v1/openai')).toBe('sippulse-openai');
    expect(guessPreset('sippulse', 'https://api.sippulse.ai')).toBe('sippulse');
    // The native URL with the OpenAI provider is still the SipPulse host.
    expect(guessPreset('openai', 'https://api.sippulse.ai')).toBe('sippulse-openai');
  });

  it('falls back to Custom for unknown OpenAI-compatible servers and SipPulse for sippulse', () => {
    expect(guessPreset('openai', 'https://llm.example.com/v1')).toBe('custom');
    expect(guessPreset('openai', 'http://localhost:9999/v1')).toBe('custom');
    expect(guessPreset('openai', '')).toBe('custom');
    expect(guessPreset('openai', 'not a url')).toBe('custom');
    expect(guessPreset('sippulse', 'https://sippulse.internal.example')).toBe('sippulse');
    expect(guessPreset('sippulse', '')).toBe('sippulse');
  });

  it('does not match a port on another host or scheme', () => {
    expect(guessPreset('openai', 'https://localhost:11434/v1')).toBe('custom');
    expect(guessPreset('openai', 'http://gpu-box:11434/v1')).toBe('custom');
  });
});

describe('corsHintFor', () => {
  it("puts this page's origin in place of every {origin}", () => {
    const hint = corsHintFor(presetFor('ollama'), 'https://play.example.org');
    expect(hint).toContain('OLLAMA_ORIGINS=https://play.example.org ollama serve');
    expect(hint).not.toContain('{origin}');
    expect(hint.split('https://play.example.org').length - 1).toBe(2);
  });

  it('leaves a hint without the placeholder unchanged', () => {
    const preset = presetFor('openai');
    expect(corsHintFor(preset, 'https://play.example.org')).toBe(preset.corsHint);
  });
});
