import { describe, expect, it } from 'vitest';
import { devEmbedConfig } from './embedExample';

describe('devEmbedConfig', () => {
  it('allows the listed origins', () => {
    expect(JSON.parse(devEmbedConfig(' http://localhost:5173 , https://a.example') ?? '')).toEqual({
      embed: { allowedOrigins: ['http://localhost:5173', 'https://a.example'] },
    });
  });

  it('serves nothing without origins, so the host API stays off', () => {
    expect(devEmbedConfig(undefined)).toBeUndefined();
    expect(devEmbedConfig(' , ')).toBeUndefined();
  });
});
