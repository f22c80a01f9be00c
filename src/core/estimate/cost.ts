import type { Usage } from '../types';

/** US dollars per million tokens, as ModelInfo carries them. */
export interface Prices {
  inputPrice?: number;
  outputPrice?: number;
}

const PER = 1_000_000;

/** A usable price: finite and not negative. */
export function price(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** What a finished run cost, from the usage the server reported. */
export function usageCost(usage: Usage | undefined, prices: Prices): number | undefined {
  const pin = price(prices.inputPrice);
  const pout = price(prices.outputPrice);
  if (!usage || pin === undefined || pout === undefined) return undefined;
  if (usage.inputTokens === undefined && usage.outputTokens === undefined) return undefined;
  return ((usage.inputTokens ?? 0) * pin + (usage.outputTokens ?? 0) * pout) / PER;
}

/** Dollars with enough digits that a tiny request does not read as $0.00. */
export function formatUsd(usd: number): string {
  if (usd === 0) return '$0';
  if (usd < 0.0001) return '< $0.0001';
  if (usd < 0.01) return `$${usd.toFixed(4)}`;
  if (usd < 1) return `$${usd.toFixed(3)}`;
  return `$${usd.toFixed(2)}`;
}
