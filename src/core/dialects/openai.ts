import type { ModelInfo, ModelStatus } from '../types';
import type { Dialect } from './types';
import { parseModelList } from './modelList';
import { joinUrl } from './url';
import { isRecord, readBoolean, readNumber, readRecord, readString } from './wire';

const STATUSES: readonly ModelStatus[] = ['active', 'inactive', 'deprecated'];

/** A user-typed base URL without surrounding blanks or trailing slashes. */
export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '');
}

/** The string items of an own array property (`supported_parameters`, `capabilities`). */
function readStrings(obj: Record<string, unknown>, key: string): string[] | undefined {
  const v = Object.hasOwn(obj, key) ? obj[key] : undefined;
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;
}

/**
 * OpenRouter prices are US dollars per token, as strings ("0.000003"). The
 * playground shows dollars per million; rounding drops the float noise of the
 * multiplication (3.0000000000000004). Negative values are OpenRouter's
 * "variable price" marker (its auto router), not a price.
 */
function perMillion(perToken: number | undefined): number | undefined {
  if (perToken === undefined || perToken < 0) return undefined;
  return Number((perToken * 1_000_000).toPrecision(12));
}

function nonNegative(value: number | undefined): number | undefined {
  return value !== undefined && value >= 0 ? value : undefined;
}

/** Capabilities named by the servers that list them, in the SipPulse vocabulary. */
function resourcesOf(raw: Record<string, unknown>): { resources: string[]; reasoning?: true } {
  const found = new Set<string>();
  let reasoning = false;
  // OpenRouter: the request parameters the model accepts.
  for (const p of readStrings(raw, 'supported_parameters') ?? []) {
    if (p === 'tools') found.add('tools');
    if (p === 'structured_outputs' || p === 'response_format') found.add('json_schema');
    if (p === 'reasoning' || p === 'include_reasoning') reasoning = true;
  }
  // Ollama (native listing) and llama.cpp's `models` entries: a list of words.
  for (const c of readStrings(raw, 'capabilities') ?? []) {
    if (c === 'tools') found.add('tools');
    if (c === 'thinking') reasoning = true;
  }
  // Mistral: an object of flags.
  const flags = readRecord(raw, 'capabilities');
  if (flags && readBoolean(flags, 'function_calling') === true) found.add('tools');
  const result: { resources: string[]; reasoning?: true } = { resources: [...found] };
  if (reasoning) result.reasoning = true;
  return result;
}

function parseModel(raw: unknown): ModelInfo | undefined {
  let id: string | undefined;
  let info: ModelInfo | undefined;
  if (typeof raw === 'string') id = raw;
  else if (isRecord(raw)) {
    // `id` first: OpenRouter's `name` is a display name ("OpenAI: GPT-4o").
    id = readString(raw, 'id', 'model', 'name');
    const pricing = readRecord(raw, 'pricing');
    const meta = readRecord(raw, 'meta');
    const topProvider = readRecord(raw, 'top_provider');
    const statusText = readString(raw, 'status');
    const { resources, reasoning } = resourcesOf(raw);
    info = {
      id: '',
      status:
        readBoolean(raw, 'active') === false
          ? 'inactive'
          : (STATUSES.find((s) => s === statusText) ?? 'active'),
      resources,
      contextWindow: nonNegative(
        readNumber(
          raw,
          'context_length',
          'context_window',
          'max_model_len',
          'max_context_length',
        ) ??
          (topProvider && readNumber(topProvider, 'context_length')) ??
          (meta && readNumber(meta, 'n_ctx_train')),
      ),
      maxOutputTokens: nonNegative(
        (topProvider && readNumber(topProvider, 'max_completion_tokens')) ??
          readNumber(raw, 'max_completion_tokens', 'max_output_tokens'),
      ),
      // OpenRouter: per token as `prompt`/`completion`; Together: per million as `input`/`output`.
      inputPrice:
        pricing &&
        (perMillion(readNumber(pricing, 'prompt')) ?? nonNegative(readNumber(pricing, 'input'))),
      outputPrice:
        pricing &&
        (perMillion(readNumber(pricing, 'completion')) ??
          nonNegative(readNumber(pricing, 'output'))),
      reasoning,
      factSource: 'none',
    };
  }
  if (id === undefined) return undefined;
  // Gemini's OpenAI endpoint lists `models/gemini-2.0-flash` but is called with the bare name.
  if (id.startsWith('models/')) id = id.slice('models/'.length);
  if (id.trim() === '') return undefined;
  if (info === undefined) return { id, status: 'active', resources: [], factSource: 'none' };
  info.id = id;
  const facts = [
    info.contextWindow,
    info.maxOutputTokens,
    info.inputPrice,
    info.outputPrice,
    info.reasoning,
  ];
  if (facts.some((f) => f !== undefined)) info.factSource = 'api';
  return info;
}

/**
 * Any OpenAI-compatible server: OpenAI, OpenRouter, Groq, Together, Gemini's
 * OpenAI endpoint, Ollama, LM Studio, llama.cpp's server, vLLM, SipPulse's
 * `/v1/openai`. The base URL is the one the OpenAI SDK takes (…/v1).
 */
export const openai: Dialect = {
  id: 'openai',
  label: 'OpenAI-compatible',
  defaultBaseUrl: 'https://api.openai.com/v1',
  auth: { header: 'Authorization', prefix: 'Bearer ', envVar: 'OPENAI_API_KEY' },
  modelsUrl: (base) => joinUrl(base, '/models'),
  completionUrl: (base) => joinUrl(base, '/chat/completions'),
  textCompletionUrl: (base) => joinUrl(base, '/completions'),
  sdkBaseUrl: normalizeBaseUrl,
  parseModels: (json) => parseModelList(json, parseModel),
  finishBody(body) {
    // Without it OpenAI streams send no usage at all; a body that already says
    // what it wants (the user set stream_options) is left alone.
    if (body.stream !== true || Object.hasOwn(body, 'stream_options')) return body;
    return { ...body, stream_options: { include_usage: true } };
  },
};
