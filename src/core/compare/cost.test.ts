import { describe, expect, it } from 'vitest';
import { formatCost, runCost } from './cost';

describe('runCost', () => {
  it('prices input and output tokens per million', () => {
    // 1200 in at $0.30/M + 300 out at $0.60/M = 0.00036 + 0.00018
    expect(
      runCost({ inputTokens: 1200, outputTokens: 300 }, { inputPrice: 0.3, outputPrice: 0.6 }),
    ).toBeCloseTo(0.00054, 10);
    expect(
      runCost(
        { inputTokens: 1_000_000, outputTokens: 1_000_000 },
        { inputPrice: 2.5, outputPrice: 10 },
      ),
    ).toBe(12.5);
  });

  it('gives no figure when a count or a price is unknown', () => {
    expect(runCost(undefined, { inputPrice: 1, outputPrice: 1 })).toBeUndefined();
    expect(runCost({ inputTokens: 5 }, { inputPrice: 1, outputPrice: 1 })).toBeUndefined();
    expect(runCost({ inputTokens: 5, outputTokens: 5 }, { inputPrice: 1 })).toBeUndefined();
    expect(runCost({ inputTokens: 5, outputTokens: 5 }, undefined)).toBeUndefined();
  });

  it('counts a free model as zero', () => {
    expect(runCost({ inputTokens: 5, outputTokens: 5 }, { inputPrice: 0, outputPrice: 0 })).toBe(0);
  });
});

describe('formatCost', () => {
  it('keeps fractions of a cent visible', () => {
    expect(formatCost(0)).toBe('$0');
    expect(formatCost(12.5)).toBe('$12.50');
    expect(formatCost(0.0123)).toBe('$0.0123');
    expect(formatCost(0.00054)).toBe('$0.00054');
    expect(formatCost(0.0000421)).toBe('$0.000042');
  });
});
