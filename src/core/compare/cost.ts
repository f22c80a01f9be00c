import type { Usage } from '../types';

/** Prices in US dollars per million tokens, as ModelInfo holds them. */
export interface Pricing {
  inputPrice?: number;
  outputPrice?: number;
}

/**
 * What a run cost, from its token usage and the model's prices. Undefined
 * when a needed price or count is unknown: a guess would look like a fact.
 */
export function runCost(
  usage: Usage | undefined,
  pricing: Pricing | undefined,
): number | undefined {
  if (!usage || !pricing) return undefined;
  const { inputTokens, outputTokens } = usage;
  const { inputPrice, outputPrice } = pricing;
  if (inputTokens === undefined || outputTokens === undefined) return undefined;
  if (inputPrice === undefined || outputPrice === undefined) return undefined;
  return (inputTokens * inputPrice + outputTokens * outputPrice) / 1_000_000;
}

/** Dollars with enough digits that a fraction of a cent is still visible. */
export function formatCost(usd: number): string {
  if (usd === 0) return '$0';
  if (usd >= 1) return `$${usd.toFixed(2)}`;
  if (usd >= 0.01) return `$${usd.toFixed(4)}`;
  // Two significant digits for tiny amounts: $0.000042.
  return `$${usd.toPrecision(2).replace(/(\.\d*?)0+$/, '$1')}`;
}
