// The playground's internal vocabulary. Dialects map wire JSON to and from
// these types; nothing outside src/core/dialects looks at wire JSON.

export type Role = 'system' | 'user' | 'assistant' | 'tool';

export interface TextPart {
  type: 'text';
  text: string;
}

export interface ImagePart {
  type: 'image_url';
  image_url: { url: string; detail?: 'auto' | 'low' | 'high' };
}

export type ContentPart = TextPart | ImagePart;

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** A message as the API receives it (OpenAI/SipPulse chat shape). */
export interface ChatMessage {
  role: Role;
  content: string | ContentPart[] | null;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  name?: string;
}

export type ProviderId = 'sippulse' | 'openai' | 'inbrowser';

/** Chat (`messages`) or raw text completion (`prompt`, `/completions`). */
export type ChatMode = 'chat' | 'complete';

export type ModelStatus = 'active' | 'inactive' | 'deprecated';

/** What the playground knows about a model: API fields plus catalogue facts. */
export interface ModelInfo {
  id: string;
  status: ModelStatus;
  executionType?: string;
  /** Capabilities as the API names them: "tools", "json_schema", … */
  resources: string[];
  /** Context window in tokens, when known. */
  contextWindow?: number;
  /** Largest completion the model allows, when known. */
  maxOutputTokens?: number;
  /** US dollars per million tokens, when known. */
  inputPrice?: number;
  outputPrice?: number;
  /** True when the API or the catalogue says the model reasons (o-series, gpt-5…). */
  reasoning?: boolean;
  /** Where each fact came from, so the card never passes a guess off as API data. */
  factSource: 'api' | 'catalogue' | 'mixed' | 'none';
}

export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  reasoningTokens?: number;
}

export interface Performance {
  delay?: number;
  executionTime?: number;
  relativeExecutionTime?: number;
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | (string & {});

export interface WireError {
  code?: string;
  message: string;
  status?: number;
  type?: string;
}

/** One of the most likely tokens at a position, as the server ranked them. */
export interface TokenAlternative {
  token: string;
  /** Natural log of the probability (≤ 0). */
  logprob: number;
}

/** A generated token with its log probability and the top alternatives at its position. */
export interface TokenLogprob {
  token: string;
  logprob: number;
  /** Most likely first; may include the token itself; empty when none were asked for. */
  top: TokenAlternative[];
}

/** Normalised stream events: every transport yields these, whatever the wire. */
export type StreamEvent =
  | { type: 'role'; choice: number; role: Role }
  | { type: 'text'; choice: number; text: string }
  | { type: 'reasoning'; choice: number; text: string }
  /** Log probabilities of the tokens just generated (chat and text-completion shapes alike). */
  | { type: 'logprobs'; choice: number; tokens: TokenLogprob[] }
  | {
      type: 'toolCall';
      choice: number;
      index: number;
      id?: string;
      name?: string;
      arguments?: string;
    }
  | { type: 'finish'; choice: number; reason: FinishReason }
  | { type: 'usage'; usage: Usage }
  | { type: 'performance'; performance: Performance }
  | { type: 'error'; error: WireError }
  /** The server's end-of-stream sentinel (`data: [DONE]`) or a complete non-stream body. */
  | { type: 'done' };

/**
 * The one description of a request. The transport sends it, View Code prints
 * it, a share link restores it. The key is never in here: `auth` says where
 * it goes and which environment variable generated code reads it from.
 */
export interface PreparedRequest {
  provider: ProviderId;
  mode: ChatMode;
  method: 'POST';
  url: string;
  /** Headers other than the key's. */
  headers: Record<string, string>;
  auth: { header: string; prefix: string; envVar: string };
  body: Record<string, unknown>;
  stream: boolean;
}
