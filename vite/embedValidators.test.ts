import { describe, expect, it } from 'vitest';
import { embedValidatorsSource } from './embedValidators';

describe('embedValidatorsSource', () => {
  const source = embedValidatorsSource();

  it('exports one validator per schema', () => {
    for (const name of [
      'validateEnvelope',
      'validateInit',
      'validateSetMessages',
      'validateRun',
      'validateStop',
    ])
      expect(source).toContain(`export const ${name} =`);
  });

  it('is self-contained code a strict Content-Security-Policy allows', () => {
    expect(source).not.toMatch(/\brequire\(|\bimport\b|new Function|\beval\(/);
  });
});
