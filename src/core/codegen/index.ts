// View Code: pure generators from the one PreparedRequest the transport sends.

import type { PreparedRequest } from '../types';
import { curlCode } from './curl';
import { javascriptHttpCode, javascriptSdkCode } from './javascript';
import { pythonHttpCode, pythonSdkCode } from './python';
import { wllamaCode, type WllamaCodeSource } from './wllama';

export type CodeLanguage = 'curl' | 'python' | 'javascript';
export type CodeVariant = 'http' | 'sdk';

export interface CodeOptions {
  /**
   * OpenAI-compatible base URL for the SDK variants, e.g.
   * `dialect.sdkBaseUrl(connection.baseUrl)` (`{base}/v1/openai` for SipPulse).
   * Without it, it is derived from `req.url`.
   */
  sdkBaseUrl?: string;
  /** Where an in-browser model's file comes from; the snippet is wllama JavaScript. */
  inBrowser?: WllamaCodeSource;
}

export const fileExtension: Record<CodeLanguage, string> = {
  curl: 'sh',
  python: 'py',
  javascript: 'mjs',
};

/** The variants each language offers; cURL has only the plain HTTP one. */
export const codeVariants: Record<CodeLanguage, readonly CodeVariant[]> = {
  curl: ['http'],
  python: ['http', 'sdk'],
  javascript: ['http', 'sdk'],
};

/**
 * Best guess at the SDK base URL from the completion URL: an OpenAI-style
 * `…/chat/completions` or (Complete mode) `…/completions` loses that suffix,
 * SipPulse's `…/v1/llms/completion` becomes `…/v1/openai`.
 */
export function deriveSdkBaseUrl(url: string): string {
  const openai = url.match(/^(.*?)(?:\/chat)?\/completions\/?$/);
  if (openai?.[1] !== undefined) return openai[1];
  const sippulse = url.match(/^(.*)\/v1\/llms\/completion\/?$/);
  if (sippulse?.[1] !== undefined) return `${sippulse[1]}/v1/openai`;
  return url;
}

/**
 * Source code that sends `req` exactly (URL, headers, JSON body) and prints
 * the answer. The key is never in it: the program reads `req.auth.envVar`.
 * cURL ignores `variant`.
 */
export function generateCode(
  req: PreparedRequest,
  language: CodeLanguage,
  variant: CodeVariant,
  options: CodeOptions = {},
): string {
  // The in-browser engine has no HTTP API: its only program is wllama in a web page.
  if (req.provider === 'inbrowser') {
    return wllamaCode(req, options.inBrowser ?? { chatTemplate: true });
  }
  const baseUrl = options.sdkBaseUrl ?? deriveSdkBaseUrl(req.url);
  switch (language) {
    case 'curl':
      return curlCode(req);
    case 'python':
      return variant === 'sdk' ? pythonSdkCode(req, baseUrl) : pythonHttpCode(req);
    case 'javascript':
      return variant === 'sdk' ? javascriptSdkCode(req, baseUrl) : javascriptHttpCode(req);
  }
}
