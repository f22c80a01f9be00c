// Known servers, as data: where they live, whether they need a key, and what
// to do when the browser cannot reach them. The Connection dialog offers them;
// error messages use the CORS hint of the server the user picked.

import { normalizeBaseUrl } from './openai';

export type PresetId =
  | 'sippulse'
  | 'sippulse-openai'
  | 'openai'
  | 'openrouter'
  | 'groq'
  | 'together'
  | 'gemini'
  | 'ollama'
  | 'lmstudio'
  | 'llamacpp'
  | 'vllm'
  | 'custom';

export interface ConnectionPreset {
  id: PresetId;
  label: string;
  provider: 'sippulse' | 'openai';
  /** Empty for Custom: the user types it. */
  baseUrl: string;
  keyRequired: boolean;
  /** Where to create a key. */
  keyUrl?: string;
  /**
   * What to do when fetch fails with no status (CORS refusal, server down).
   * `{origin}` stands for this page's origin: see corsHintFor.
   */
  corsHint: string;
  note?: string;
}

const ORIGIN = '{origin}';

const CLOUD_HINT =
  'This service accepts requests from browsers, so the request was probably stopped on the way: check your network connection, an ad or privacy blocker, a corporate proxy, and the Base URL.';

export const PRESETS: readonly ConnectionPreset[] = [
  {
    id: 'sippulse',
    label: 'SipPulse',
    provider: 'sippulse',
    baseUrl: 'https://api.sippulse.ai',
    keyRequired: true,
    corsHint: `SipPulse accepts requests from browsers: check your network connection, an ad or privacy blocker or a proxy, and that the Base URL is https://api.sippulse.ai (without /v1).`,
    note: 'Create a key in SipPulse under Settings > API Keys.',
  },
  {
    id: 'sippulse-openai',
    label: 'SipPulse (OpenAI-compatible)',
    provider: 'openai',
    baseUrl: 'https://api.sippulse.ai/v1/openai',
    keyRequired: true,
    corsHint: `SipPulse accepts requests from browsers: check your network connection, an ad or privacy blocker or a proxy, and that the Base URL is https://api.sippulse.ai/v1/openai.`,
    note: 'Uses the same SipPulse key, sent as a Bearer token.',
  },
  {
    id: 'openai',
    label: 'OpenAI',
    provider: 'openai',
    baseUrl: 'https://api.openai.com/v1',
    keyRequired: true,
    keyUrl: 'https://platform.openai.com/api-keys',
    corsHint: CLOUD_HINT,
  },
  {
    id: 'openrouter',
    label: 'OpenRouter',
    provider: 'openai',
    baseUrl: 'https://openrouter.ai/api/v1',
    keyRequired: true,
    keyUrl: 'https://openrouter.ai/keys',
    corsHint: CLOUD_HINT,
  },
  {
    id: 'groq',
    label: 'Groq',
    provider: 'openai',
    baseUrl: 'https://api.groq.com/openai/v1',
    keyRequired: true,
    keyUrl: 'https://console.groq.com/keys',
    corsHint: CLOUD_HINT,
  },
  {
    id: 'together',
    label: 'Together AI',
    provider: 'openai',
    baseUrl: 'https://api.together.xyz/v1',
    keyRequired: true,
    keyUrl: 'https://api.together.ai/settings/api-keys',
    corsHint: CLOUD_HINT,
  },
  {
    id: 'gemini',
    label: 'Google Gemini',
    provider: 'openai',
    baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai',
    keyRequired: true,
    keyUrl: 'https://aistudio.google.com/apikey',
    corsHint: CLOUD_HINT,
    note: 'Needs a Gemini API key from Google AI Studio; a Google Cloud key or token does not work here.',
  },
  {
    id: 'ollama',
    label: 'Ollama',
    provider: 'openai',
    baseUrl: 'http://localhost:11434/v1',
    keyRequired: false,
    corsHint: `Check Ollama is running (\`ollama serve\`). It only accepts pages served from localhost, so allow this one: quit Ollama and start it with \`OLLAMA_ORIGINS=${ORIGIN} ollama serve\` (macOS app: \`launchctl setenv OLLAMA_ORIGINS "${ORIGIN}"\`, then restart Ollama).`,
    note: 'Pull a model first, for example `ollama pull llama3.2`.',
  },
  {
    id: 'lmstudio',
    label: 'LM Studio',
    provider: 'openai',
    baseUrl: 'http://localhost:1234/v1',
    keyRequired: false,
    corsHint:
      "Start LM Studio's server and turn on “Enable CORS” in its server settings (Developer tab), or run `lms server start --cors`.",
    note: 'Load a model in LM Studio before listing models.',
  },
  {
    id: 'llamacpp',
    label: 'llama.cpp server',
    provider: 'openai',
    baseUrl: 'http://localhost:8080/v1',
    keyRequired: false,
    corsHint:
      'llama.cpp’s server allows browser requests by default, so it is probably not running or on another port: start it with `llama-server -m model.gguf --port 8080`.',
  },
  {
    id: 'vllm',
    label: 'vLLM',
    provider: 'openai',
    baseUrl: 'http://localhost:8000/v1',
    keyRequired: false,
    corsHint: `Check vLLM is running (\`vllm serve <model> --port 8000\`). It allows every origin unless it was started with --allowed-origins; then add this page: \`--allowed-origins '["${ORIGIN}"]'\`.`,
  },
  {
    id: 'custom',
    label: 'Custom (OpenAI-compatible)',
    provider: 'openai',
    baseUrl: '',
    keyRequired: false,
    corsHint: `Check the server is running and the Base URL is the one its OpenAI SDK examples use (usually ending in /v1). The server must allow requests from ${ORIGIN} (CORS), including the Authorization and Content-Type headers. A page served over https cannot call a plain http server other than localhost.`,
  },
];

export function presetFor(id: PresetId): ConnectionPreset {
  const preset = PRESETS.find((p) => p.id === id);
  if (preset === undefined) throw new Error(`No preset "${String(id)}".`);
  return preset;
}

/** localhost, 127.0.0.1 and [::1] are the same machine: compare them as one. */
function comparable(baseUrl: string): { origin: string; full: string } | undefined {
  const trimmed = normalizeBaseUrl(baseUrl);
  if (trimmed === '') return undefined;
  try {
    const url = new URL(trimmed);
    const host = ['127.0.0.1', '[::1]'].includes(url.hostname) ? 'localhost' : url.hostname;
    const port = url.port === '' ? '' : `:${url.port}`;
    const origin = `${url.protocol}//${host}${port}`;
    return { origin, full: origin + url.pathname.replace(/\/+$/, '') };
  } catch {
    return { origin: trimmed, full: trimmed };
  }
}

/**
 * The preset a saved connection most likely is: the same provider and base URL
 * (ignoring case of the host, trailing slashes, and localhost vs 127.0.0.1),
 * else the one preset of that provider on the same origin (someone typed
 * http://localhost:11434 without /v1), else Custom / SipPulse.
 */
export function guessPreset(provider: ConnectionPreset['provider'], baseUrl: string): PresetId {
  const fallback: PresetId = provider === 'sippulse' ? 'sippulse' : 'custom';
  const target = comparable(baseUrl);
  if (target === undefined) return fallback;
  const candidates = PRESETS.filter((p) => p.provider === provider && p.baseUrl !== '');
  const exact = candidates.find((p) => comparable(p.baseUrl)?.full === target.full);
  if (exact !== undefined) return exact.id;
  const sameOrigin = candidates.filter((p) => comparable(p.baseUrl)?.origin === target.origin);
  return sameOrigin.length === 1 && sameOrigin[0] !== undefined ? sameOrigin[0].id : fallback;
}

/** The preset's CORS hint with `{origin}` replaced by this page's origin. */
export function corsHintFor(preset: ConnectionPreset, origin: string): string {
  return preset.corsHint.replaceAll(ORIGIN, origin);
}
