import type { ErrorDescription } from '../errors/describeError';
import type { RunStatus } from '../stream/runReducer';
import type { FinishReason, Performance, TokenLogprob, ToolCall, Usage } from '../types';

export type MessageRole = 'user' | 'assistant' | 'tool';

/**
 * How a run ended. `interrupted`: the page was reloaded or closed while it
 * streamed (see core/persistence/partialRun); only ever set on restore.
 */
export type RunSummaryStatus = RunStatus | 'interrupted';

/** What a finished (or stopped, or failed) run left on its answer. */
export interface RunSummary {
  status: RunSummaryStatus;
  model: string;
  finishReason?: FinishReason;
  usage?: Usage;
  performance?: Performance;
  ttftMs?: number;
  durationMs?: number;
  tokensPerSecond?: number;
  /** US dollars, from the reported usage and the model's prices (when both are known). */
  costUsd?: number;
  /** Token counts are client-side estimates (the server sent no usage). */
  estimated?: boolean;
  error?: ErrorDescription;
}

export interface ConversationMessage {
  id: string;
  role: MessageRole;
  content: string;
  reasoning?: string;
  toolCalls?: ToolCall[];
  toolCallId?: string;
  run?: RunSummary;
  /** Every choice of an `n > 1` run; `content` is the one picked. */
  alternatives?: string[];
  /** Image URLs (data: URLs for local files) a user message carries; see core/images. */
  images?: string[];
  /**
   * Per-token log probabilities, one list per choice in the order of
   * `alternatives` (a single list when there are none); only when asked for.
   */
  logprobs?: TokenLogprob[][];
}
