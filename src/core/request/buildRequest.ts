import { dialectFor } from '../dialects';
import type { ChatMessage, ChatMode, PreparedRequest, ProviderId } from '../types';

export interface ConnectionTarget {
  provider: ProviderId;
  baseUrl: string;
}

interface BuildCommon {
  connection: ConnectionTarget;
  model: string;
  /** Validated values keyed by wire name; only parameters the user has set. */
  params: Readonly<Record<string, unknown>>;
  /** Fields other features contribute (tools, response_format, thinking…), already valid. */
  extras?: Readonly<Record<string, unknown>>;
  stream: boolean;
}

export interface ChatInput extends BuildCommon {
  mode?: 'chat';
  /** Sent as the first message when not blank. */
  system: string;
  messages: readonly ChatMessage[];
}

export interface CompleteInput extends BuildCommon {
  mode: 'complete';
  prompt: string;
  /** Sent only when not empty: many servers reject `suffix` outright. */
  suffix: string;
}

export type BuildInput = ChatInput | CompleteInput;

/** Whether this connection offers raw text completion (Complete mode). */
export function supportsComplete(provider: ProviderId): boolean {
  return dialectFor(provider).textCompletionUrl !== undefined;
}

function payload(input: BuildInput): Record<string, unknown> {
  if (input.mode === 'complete') {
    return input.suffix === ''
      ? { prompt: input.prompt }
      : { prompt: input.prompt, suffix: input.suffix };
  }
  const messages: ChatMessage[] = [];
  if (input.system.trim() !== '') messages.push({ role: 'system', content: input.system });
  messages.push(...input.messages);
  return { messages };
}

/**
 * The single place a request is described. The transport sends what this
 * returns, View Code prints it, and a share link restores its inputs, so a
 * snippet can never drift from what the playground really posts.
 */
export function buildRequest(input: BuildInput): PreparedRequest {
  const dialect = dialectFor(input.connection.provider);
  const mode: ChatMode = input.mode ?? 'chat';
  const fixed = payload(input);
  // Parameters first and the fixed keys last, so a stray parameter named
  // "model", "messages", "prompt" or "stream" can never override them.
  const body: Record<string, unknown> = {
    model: input.model,
    ...fixed,
    ...input.params,
    ...input.extras,
  };
  Object.assign(body, { model: input.model }, fixed, { stream: input.stream });
  let url = dialect.completionUrl(input.connection.baseUrl);
  if (mode === 'complete') {
    if (!dialect.textCompletionUrl) throw new Error(`${dialect.label} has no text completion.`);
    url = dialect.textCompletionUrl(input.connection.baseUrl);
  }
  return {
    provider: input.connection.provider,
    mode,
    method: 'POST',
    url,
    headers: { 'Content-Type': 'application/json' },
    auth: dialect.auth,
    body: dialect.finishBody ? dialect.finishBody(body) : body,
    stream: input.stream,
  };
}
