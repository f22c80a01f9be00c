import type { ModelInfo } from '../types';
import { isRecord } from './wire';

/**
 * The list in a models response: a bare array, or `data` / `models` of an
 * object (llama.cpp's server sends both; `data` carries the facts, so it wins).
 */
export function modelList(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (!isRecord(json)) return undefined;
  for (const key of ['data', 'models']) {
    const v = Object.hasOwn(json, key) ? json[key] : undefined;
    if (Array.isArray(v)) return v;
  }
  return undefined;
}

/** Parses each entry, skipping the unreadable ones and later duplicates of an id. */
export function parseModelList(
  json: unknown,
  parseModel: (raw: unknown) => ModelInfo | undefined,
): ModelInfo[] {
  const list = modelList(json);
  if (!list) throw new TypeError('The models response is not a list.');
  const seen = new Set<string>();
  const models: ModelInfo[] = [];
  for (const raw of list) {
    const model = parseModel(raw);
    if (model && !seen.has(model.id)) {
      seen.add(model.id);
      models.push(model);
    }
  }
  return models;
}
