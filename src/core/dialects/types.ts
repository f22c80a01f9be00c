import type { ModelInfo, PreparedRequest, ProviderId } from '../types';

/** Everything that differs between API families, as data mapping, not UI. */
export interface Dialect {
  id: ProviderId;
  label: string;
  defaultBaseUrl: string;
  auth: PreparedRequest['auth'];
  modelsUrl(baseUrl: string): string;
  completionUrl(baseUrl: string): string;
  /** Raw text completion (`prompt`); absent when the API has no such endpoint. */
  textCompletionUrl?(baseUrl: string): string;
  /** The OpenAI-compatible base URL that SDK snippets point at. */
  sdkBaseUrl(baseUrl: string): string;
  /** Maps the models response to ModelInfo with only the facts the API gave. */
  parseModels(json: unknown): ModelInfo[];
  /** Dialect-specific additions to a built body (OpenAI's `stream_options`). */
  finishBody?(body: Record<string, unknown>): Record<string, unknown>;
}
