// View Code: pure generators from the one PreparedRequest the transport sends.

import type { PreparedRequest } from '../types';
import { curlCode } from './curl';
import { javascriptHttpCode, javascriptSdkCode } from './javascript';
import { pythonHttpCode, pythonSdkCode } from './python';

export type CodeLanguage = 'curl' | 'python' | 'javascript';
export type CodeVariant = 'http' | 'sdk';

export interface CodeOptions {
  /**
   * OpenAI-compatible base URL for the SDK variants, e.g.
   * `dialect.sdkBaseUrl(connection.baseUrl)` (`{base}/v1/openai` for SipPulse).
   * Without it, it is derived from `req.url`.
   */
  sdkBaseUrl?: string;
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
 * `…/chat/completions` loses that suffix, SipPulse's `…/v1/llms/completion`
 * becomes `…/v1/openai`.
 */
export function deriveSdkBaseUrl(url: string): string {
  const chat = url.match(/^(.*)\/chat\/completions\/?$/);
  if (chat?.[1] !== undefined) return chat[1];
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
