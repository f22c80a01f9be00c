import { bareModelName } from './family';

export interface CatalogueFacts {
  contextWindow?: number;
  maxOutputTokens?: number;
  /** US dollars per million tokens at the model maker's list price. */
  inputPrice?: number;
  outputPrice?: number;
  reasoning?: boolean;
}

// Published facts for well-known models. Open-weights models have no single
// price (every host sets its own), so only their context window is listed.
// Keys match the bare model name exactly or as a prefix followed by "-"
// (dated snapshots); the longest key wins, so "gpt-4o-mini" beats "gpt-4o".
const CATALOGUE: Record<string, CatalogueFacts> = {
  'gpt-3.5-turbo': {
    contextWindow: 16385,
    maxOutputTokens: 4096,
    inputPrice: 0.5,
    outputPrice: 1.5,
  },
  'gpt-4o': { contextWindow: 128000, maxOutputTokens: 16384, inputPrice: 2.5, outputPrice: 10 },
  'gpt-4o-mini': {
    contextWindow: 128000,
    maxOutputTokens: 16384,
    inputPrice: 0.15,
    outputPrice: 0.6,
  },
  'gpt-4.1': { contextWindow: 1047576, maxOutputTokens: 32768, inputPrice: 2, outputPrice: 8 },
  'gpt-4.1-mini': {
    contextWindow: 1047576,
    maxOutputTokens: 32768,
    inputPrice: 0.4,
    outputPrice: 1.6,
  },
  'gpt-4.1-nano': {
    contextWindow: 1047576,
    maxOutputTokens: 32768,
    inputPrice: 0.1,
    outputPrice: 0.4,
  },
  o1: {
    contextWindow: 200000,
    maxOutputTokens: 100000,
    inputPrice: 15,
    outputPrice: 60,
    reasoning: true,
  },
  'o1-mini': {
    contextWindow: 128000,
    maxOutputTokens: 65536,
    inputPrice: 1.1,
    outputPrice: 4.4,
    reasoning: true,
  },
  o3: {
    contextWindow: 200000,
    maxOutputTokens: 100000,
    inputPrice: 2,
    outputPrice: 8,
    reasoning: true,
  },
  'o3-mini': {
    contextWindow: 200000,
    maxOutputTokens: 100000,
    inputPrice: 1.1,
    outputPrice: 4.4,
    reasoning: true,
  },
  'o4-mini': {
    contextWindow: 200000,
    maxOutputTokens: 100000,
    inputPrice: 1.1,
    outputPrice: 4.4,
    reasoning: true,
  },
  // The chat tune of gpt-5 does not reason and has a smaller window.
  'gpt-5-chat': {
    contextWindow: 128000,
    maxOutputTokens: 16384,
    inputPrice: 1.25,
    outputPrice: 10,
  },
  'o3-pro': {
    contextWindow: 200000,
    maxOutputTokens: 100000,
    inputPrice: 20,
    outputPrice: 80,
    reasoning: true,
  },
  'o1-preview': {
    contextWindow: 128000,
    maxOutputTokens: 32768,
    inputPrice: 15,
    outputPrice: 60,
    reasoning: true,
  },
  'gpt-5': {
    contextWindow: 400000,
    maxOutputTokens: 128000,
    inputPrice: 1.25,
    outputPrice: 10,
    reasoning: true,
  },
  'gpt-5-mini': {
    contextWindow: 400000,
    maxOutputTokens: 128000,
    inputPrice: 0.25,
    outputPrice: 2,
    reasoning: true,
  },
  'gpt-5-nano': {
    contextWindow: 400000,
    maxOutputTokens: 128000,
    inputPrice: 0.05,
    outputPrice: 0.4,
    reasoning: true,
  },
  'claude-sonnet-4': {
    contextWindow: 200000,
    maxOutputTokens: 64000,
    inputPrice: 3,
    outputPrice: 15,
  },
  'claude-opus-4': {
    contextWindow: 200000,
    maxOutputTokens: 32000,
    inputPrice: 15,
    outputPrice: 75,
  },
  'claude-opus-4-5': {
    contextWindow: 200000,
    maxOutputTokens: 64000,
    inputPrice: 5,
    outputPrice: 25,
  },
  'claude-3-7-sonnet': {
    contextWindow: 200000,
    maxOutputTokens: 64000,
    inputPrice: 3,
    outputPrice: 15,
  },
  'claude-3-5-haiku': {
    contextWindow: 200000,
    maxOutputTokens: 8192,
    inputPrice: 0.8,
    outputPrice: 4,
  },
  'claude-haiku-4-5': {
    contextWindow: 200000,
    maxOutputTokens: 64000,
    inputPrice: 1,
    outputPrice: 5,
  },
  'gemini-2.0-flash': {
    contextWindow: 1048576,
    maxOutputTokens: 8192,
    inputPrice: 0.1,
    outputPrice: 0.4,
  },
  'gemini-2.0-flash-lite': {
    contextWindow: 1048576,
    maxOutputTokens: 8192,
    inputPrice: 0.075,
    outputPrice: 0.3,
  },
  'gemini-2.5-pro': {
    contextWindow: 1048576,
    maxOutputTokens: 65536,
    inputPrice: 1.25,
    outputPrice: 10,
  },
  'gemini-2.5-flash': {
    contextWindow: 1048576,
    maxOutputTokens: 65536,
    inputPrice: 0.3,
    outputPrice: 2.5,
  },
  'gemini-2.5-flash-lite': {
    contextWindow: 1048576,
    maxOutputTokens: 65536,
    inputPrice: 0.1,
    outputPrice: 0.4,
  },
  'llama-3.1': { contextWindow: 131072 },
  'llama-3.2': { contextWindow: 131072 },
  'llama-3.3': { contextWindow: 131072 },
  'meta-llama-3.1': { contextWindow: 131072 },
  'meta-llama-3.3': { contextWindow: 131072 },
  'qwen2.5': { contextWindow: 131072 },
  'qwen-2.5': { contextWindow: 131072 },
  'deepseek-chat': { contextWindow: 131072 },
  'deepseek-reasoner': { contextWindow: 131072 },
};

const KEYS_LONGEST_FIRST = Object.keys(CATALOGUE).sort((a, b) => b.length - a.length);

export function catalogueFacts(modelId: string): CatalogueFacts | undefined {
  const name = bareModelName(modelId);
  const key = KEYS_LONGEST_FIRST.find((k) => name === k || name.startsWith(k + '-'));
  return key === undefined ? undefined : CATALOGUE[key];
}
