import { describe, expect, it } from 'vitest';
import { validatorSource } from './configValidator';

describe('validatorSource', () => {
  const source = validatorSource();

  it('is self-contained code a Content-Security-Policy without unsafe-eval allows', () => {
    expect(source).toContain('export default');
    expect(source).not.toMatch(/\brequire\(|\bimport\b|new Function|\beval\(/);
  });

  it('refuses a schema whose code would need ajv at run time', () => {
    // uniqueItems compiles to a call to ajv's runtime `equal` helper.
    const schema = { type: 'array', uniqueItems: true, items: { type: 'object' } };
    expect(() => validatorSource(schema)).toThrow(/runtime helper/);
  });
});
