import type { ModelInfo, ModelStatus } from '../types';
import type { Dialect } from './types';
import { parseModelList } from './modelList';
import { joinUrl } from './url';
import { isRecord, readBoolean, readNumber, readRecord, readString } from './wire';

const STATUSES: readonly ModelStatus[] = ['active', 'inactive', 'deprecated'];

function parseModel(raw: unknown): ModelInfo | undefined {
  if (typeof raw === 'string')
    return { id: raw, status: 'active', resources: [], factSource: 'none' };
  if (!isRecord(raw)) return undefined;
  const id = readString(raw, 'name', 'id', 'model');
  if (!id) return undefined;
  const statusText = readString(raw, 'status');
  const status = STATUSES.find((s) => s === statusText) ?? 'active';
  const resources = Array.isArray(raw.resources)
    ? raw.resources.filter((r): r is string => typeof r === 'string')
    : [];
  const pricing = readRecord(raw, 'pricing');
  const info: ModelInfo = {
    id,
    status,
    executionType: readString(raw, 'execution_type'),
    resources,
    contextWindow: readNumber(raw, 'context_window', 'context_length', 'max_context_tokens'),
    maxOutputTokens: readNumber(raw, 'max_output_tokens', 'max_completion_tokens'),
    inputPrice: readNumber(raw, 'input_price') ?? (pricing && readNumber(pricing, 'input')),
    outputPrice: readNumber(raw, 'output_price') ?? (pricing && readNumber(pricing, 'output')),
    reasoning:
      readBoolean(raw, 'reasoning', 'is_reasoning') ??
      (resources.includes('reasoning') || undefined),
    factSource: 'none',
  };
  const facts = [info.contextWindow, info.maxOutputTokens, info.inputPrice, info.outputPrice];
  if (facts.some((f) => f !== undefined)) info.factSource = 'api';
  return info;
}

/** The SipPulse contract (seed 000): /v1/llms/models, /v1/llms/completion, `api-key`. */
export const sippulse: Dialect = {
  id: 'sippulse',
  label: 'SipPulse',
  defaultBaseUrl: 'https://api.sippulse.ai',
  auth: { header: 'api-key', prefix: '', envVar: 'SIPPULSE_API_KEY' },
  modelsUrl: (base) => joinUrl(base, '/v1/llms/models'),
  completionUrl: (base) => joinUrl(base, '/v1/llms/completion'),
  sdkBaseUrl: (base) => joinUrl(base, '/v1/openai'),
  parseModels: (json) => parseModelList(json, parseModel),
};
