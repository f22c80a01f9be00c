import type { WireError } from '../types';

/** A failure the UI can show: what happened, and what to do about it. */
export interface ErrorDescription {
  title: string;
  detail: string;
  action: string;
  /** The connection settings are the likely fix (bad key, unreachable server). */
  fixInConnection?: boolean;
  retryAfterMs?: number;
}

export interface ErrorInput {
  error: WireError;
  /** Set when fetch itself rejected (no HTTP status at all). */
  network?: boolean;
  retryAfterMs?: number;
  baseUrl?: string;
  /** True when the failure happened after part of the answer arrived. */
  midStream?: boolean;
  /**
   * What usually fixes an unreachable server of this kind (the connection
   * preset's CORS hint, origin filled in); replaces the generic advice.
   */
  networkHint?: string;
}

const BY_CODE: Record<string, Omit<ErrorDescription, 'detail'>> = {
  invalid_api_key: {
    title: 'The API key was rejected',
    action: 'Check the key in Connection settings (SipPulse: Settings > API Keys).',
    fixInConnection: true,
  },
  unauthorized: {
    title: 'The API key was rejected',
    action: 'Check the key in Connection settings (SipPulse: Settings > API Keys).',
    fixInConnection: true,
  },
  model_not_found: {
    title: 'Model not found',
    action: 'Pick another model: this one does not exist or is not enabled for your organisation.',
  },
  context_length_exceeded: {
    title: 'The conversation is too long for this model',
    action:
      'Shorten or delete messages, lower Max tokens, or pick a model with a larger context window.',
  },
  model_does_not_support_json_schema: {
    title: 'This model does not support structured output',
    action: 'Turn off the JSON schema response format or pick a model with the JSON badge.',
  },
  rate_limit_exceeded: {
    title: 'Rate limit reached',
    action: 'Wait a moment and retry, or integrate your own provider key to use your own limits.',
  },
  bad_request: {
    title: 'The server rejected the request',
    action:
      'Check the parameters: the model may not accept one of them. View code shows exactly what was sent.',
  },
  stream_interrupted: {
    title: 'The connection dropped',
    action: 'Retry to get the full answer.',
  },
  stream_error: {
    title: 'The server reported an error during the answer',
    action: 'Retry. If it happens again, try another model.',
  },
  malformed_chunk: {
    title: 'The stream contained invalid data',
    action: 'Retry. If it happens again, the server or a proxy is corrupting the stream.',
  },
};

const BY_STATUS: Record<number, Omit<ErrorDescription, 'detail'>> = {
  400: BY_CODE.bad_request!,
  401: BY_CODE.invalid_api_key!,
  403: {
    title: 'Access denied',
    action:
      'The server refused this origin or key. Local servers (Ollama, LM Studio) must allow this page’s origin; check the key’s permissions.',
    fixInConnection: true,
  },
  404: BY_CODE.model_not_found!,
  408: { title: 'The request timed out', action: 'Retry, or ask for a shorter answer.' },
  413: BY_CODE.context_length_exceeded!,
  429: BY_CODE.rate_limit_exceeded!,
  500: {
    title: 'The server had an internal error',
    action: 'Retry in a moment. If it persists, try another model.',
  },
  502: { title: 'Bad gateway', action: 'A proxy in front of the API failed. Retry in a moment.' },
  503: {
    title: 'The service is temporarily unavailable',
    action: 'Retry in a moment, or pick another model.',
  },
  504: {
    title: 'The server timed out',
    action: 'Retry, lower Max tokens, or pick a faster model.',
  },
};

function hostOf(baseUrl: string | undefined): string {
  if (!baseUrl) return 'the server';
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

// The seed's error codes that mean the same as a status.
const CODE_STATUS: Record<string, number> = {
  internal_error: 500,
  service_unavailable: 503,
  timeout: 504,
};

/** The one place that turns failures into words (the seed's error table). */
export function describeError(input: ErrorInput): ErrorDescription {
  const { error } = input;
  if (input.network) {
    return {
      title: input.midStream
        ? 'The connection dropped'
        : `Could not reach ${hostOf(input.baseUrl)}`,
      detail: input.midStream
        ? 'The connection closed before the answer finished. The partial answer is kept.'
        : 'The server could not be reached: it may be down, the Base URL may be wrong, or the browser blocked the request (CORS).',
      action: input.midStream
        ? 'Retry to get the full answer.'
        : input.networkHint?.trim() ||
          'Check the Base URL in Connection settings, and that the server allows requests from this page’s origin (CORS).',
      fixInConnection: !input.midStream,
    };
  }
  const known =
    (error.code !== undefined ? BY_CODE[error.code] : undefined) ??
    (error.code !== undefined && CODE_STATUS[error.code] !== undefined
      ? BY_STATUS[CODE_STATUS[error.code]!]
      : undefined) ??
    (error.status !== undefined ? BY_STATUS[error.status] : undefined);
  const statusText = error.status !== undefined ? `HTTP ${error.status}` : '';
  const fallbackDetail = [statusText, error.code].filter(Boolean).join(' · ');
  const detail = error.message || fallbackDetail || 'No details were given.';
  const base = known ?? {
    title:
      error.status !== undefined
        ? `The request failed (HTTP ${error.status})`
        : 'The answer failed',
    action: 'Retry. If it happens again, View code shows exactly what was sent.',
  };
  const description: ErrorDescription = { ...base, detail };
  if (input.retryAfterMs !== undefined) {
    description.retryAfterMs = input.retryAfterMs;
    const seconds = Math.ceil(input.retryAfterMs / 1000);
    description.action = `The server asks to wait ${seconds} second${seconds === 1 ? '' : 's'} before retrying.`;
  }
  if (input.midStream) description.detail += ' The partial answer is kept.';
  return description;
}
