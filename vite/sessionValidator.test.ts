import { describe, expect, it } from 'vitest';
import { sessionValidatorSource } from './sessionValidator';

describe('sessionValidatorSource', () => {
  it('is self-contained code a Content-Security-Policy without unsafe-eval allows', () => {
    const source = sessionValidatorSource();
    expect(source).toContain('export default');
    expect(source).not.toMatch(/\brequire\(|\bimport\b|new Function|\beval\(/);
  });
});
