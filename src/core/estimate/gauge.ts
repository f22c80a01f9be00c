// What only the composer's estimate needs (kept apart from cost.ts, which the
// first screen loads for the run footer).
import { own } from '../stream/wireFields';
import { price, type Prices } from './cost';

const PER = 1_000_000;

/**
 * What a request may cost: the input for sure, plus anywhere from no output
 * to `maxOutput` tokens of it. Undefined when the input price is unknown;
 * `max` undefined when the output price or the output bound is unknown.
 */
export function costRange(
  inputTokens: number,
  maxOutput: number | undefined,
  prices: Prices,
): { min: number; max?: number } | undefined {
  const pin = price(prices.inputPrice);
  if (pin === undefined) return undefined;
  const min = (inputTokens * pin) / PER;
  const pout = price(prices.outputPrice);
  if (pout === undefined || maxOutput === undefined) return { min };
  return { min, max: min + (maxOutput * pout) / PER };
}

/** The output bound a body sets, under whichever name the dialect used. */
export function maxTokensOf(body: Record<string, unknown>): number | undefined {
  for (const key of ['max_tokens', 'max_completion_tokens', 'max_output_tokens']) {
    const value = own(body, key);
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  }
  return undefined;
}

export type GaugeLevel = 'ok' | 'near' | 'over';

export interface ContextGauge {
  level: GaugeLevel;
  /** (input + output bound) / context window, for the meter. */
  fraction: number;
  message?: string;
}

/** Warn from this share of the window on, before the request overflows it. */
export const NEAR_FRACTION = 0.85;

/**
 * The request's input plus its output bound against the model's context
 * window: fine, close (warning), or beyond it (the server refuses or cuts
 * the answer short).
 */
export function contextGauge(
  inputTokens: number,
  maxOutput: number,
  contextWindow: number,
): ContextGauge {
  const fraction = (inputTokens + maxOutput) / contextWindow;
  if (inputTokens > contextWindow) {
    return {
      level: 'over',
      fraction,
      message: 'The input alone is larger than the context window: shorten the conversation.',
    };
  }
  if (fraction > 1) {
    return {
      level: 'over',
      fraction,
      message:
        'Input plus Max tokens exceeds the context window: the server may refuse the request or cut the answer short. Lower Max tokens or shorten the conversation.',
    };
  }
  if (fraction >= NEAR_FRACTION) {
    return {
      level: 'near',
      fraction,
      message: 'Close to the context window: a longer conversation or answer will not fit.',
    };
  }
  return { level: 'ok', fraction };
}
