import { dialectFor } from '../dialects';
import type { ChatMessage, PreparedRequest, ProviderId } from '../types';

export interface ConnectionTarget {
  provider: ProviderId;
  baseUrl: string;
}

export interface BuildInput {
  connection: ConnectionTarget;
  model: string;
  /** Sent as the first message when not blank. */
  system: string;
  messages: readonly ChatMessage[];
  /** Validated values keyed by wire name; only parameters the user has set. */
  params: Readonly<Record<string, unknown>>;
  stream: boolean;
}

/**
 * The single place a request is described. The transport sends what this
 * returns, View Code prints it, and a share link restores its inputs, so a
 * snippet can never drift from what the playground really posts.
 */
export function buildRequest(input: BuildInput): PreparedRequest {
  const dialect = dialectFor(input.connection.provider);
  const messages: ChatMessage[] = [];
  if (input.system.trim() !== '') messages.push({ role: 'system', content: input.system });
  messages.push(...input.messages);
  // Parameters first and the fixed keys last, so a stray parameter named
  // "model" or "stream" can never override them.
  const body: Record<string, unknown> = {
    model: input.model,
    messages,
    ...input.params,
    stream: input.stream,
  };
  body.model = input.model;
  body.messages = messages;
  return {
    provider: input.connection.provider,
    method: 'POST',
    url: dialect.completionUrl(input.connection.baseUrl),
    headers: { 'Content-Type': 'application/json' },
    auth: dialect.auth,
    body: dialect.finishBody ? dialect.finishBody(body) : body,
    stream: input.stream,
  };
}
