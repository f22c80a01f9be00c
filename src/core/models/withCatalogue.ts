import type { ModelInfo } from '../types';
import { catalogueFacts } from './catalogue';

/** Fills the facts the API did not give from the catalogue; API values win. */
export function withCatalogue(model: ModelInfo): ModelInfo {
  const facts = catalogueFacts(model.id);
  if (!facts) return model;
  const keys = [
    'contextWindow',
    'maxOutputTokens',
    'inputPrice',
    'outputPrice',
    'reasoning',
  ] as const;
  const merged: ModelInfo = { ...model };
  let fromApi = false;
  let fromCatalogue = false;
  for (const key of keys) {
    if (model[key] !== undefined) fromApi = true;
    else if (facts[key] !== undefined) {
      fromCatalogue = true;
      (merged as unknown as Record<string, unknown>)[key] = facts[key];
    }
  }
  merged.factSource =
    fromApi && fromCatalogue ? 'mixed' : fromCatalogue ? 'catalogue' : model.factSource;
  return merged;
}
