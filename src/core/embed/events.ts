import type { ConversationMessage, RunSummary } from '../conversation/types';
import {
  PROTOCOL_VERSION,
  type EmbedErrorCode,
  type ErrorEvent,
  type MessageId,
  type PlaygroundEvent,
  type ReadyEvent,
  type RunFinishedEvent,
  type RunStartedEvent,
  type RunUsage,
} from './protocol';

/**
 * The event with every occurrence of a secret (the host's API key) masked in
 * its error message: servers sometimes quote the key they rejected.
 */
export function redactEvent(event: PlaygroundEvent, secrets: readonly string[]): PlaygroundEvent {
  const mask = (text: string) =>
    secrets.reduce((t, s) => (s.length > 0 ? t.split(s).join('[redacted]') : t), text);
  if (event.type === 'error') return { ...event, message: mask(event.message) };
  if (event.type === 'runFinished' && event.error)
    return { ...event, error: { ...event.error, message: mask(event.error.message) } };
  return event;
}

export function readyEvent(): ReadyEvent {
  return { type: 'ready', version: PROTOCOL_VERSION };
}

export function errorEvent(code: EmbedErrorCode, message: string, replyTo?: MessageId): ErrorEvent {
  return replyTo === undefined
    ? { type: 'error', code, message }
    : { type: 'error', code, message, replyTo };
}

export function runStartedEvent(model: string, replyTo?: MessageId): RunStartedEvent {
  return replyTo === undefined
    ? { type: 'runStarted', model }
    : { type: 'runStarted', model, replyTo };
}

/** Copies only defined numbers, so the event holds exactly what is known. */
function pickNumbers<K extends string>(
  source: Partial<Record<K, number | undefined>>,
  keys: readonly K[],
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const key of keys) {
    const value = source[key];
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
  }
  return out;
}

function usageOf(run: RunSummary): RunUsage | undefined {
  if (!run.usage) return undefined;
  const usage: RunUsage = pickNumbers(run.usage, [
    'inputTokens',
    'outputTokens',
    'totalTokens',
    'reasoningTokens',
  ]);
  if (Object.keys(usage).length === 0) return undefined;
  if (run.estimated) usage.estimated = true;
  return usage;
}

const ERROR_CODE_BY_STATUS: Partial<Record<RunSummary['status'], string>> = {
  error: 'run_failed',
  incomplete: 'incomplete',
  interrupted: 'incomplete',
};

/**
 * What the host hears when a run ends: the answer (or the part that arrived),
 * why it ended, usage and timing. Built from the answer's message as the
 * conversation keeps it, so host and frame always agree.
 */
export function runFinishedEvent(
  message: Pick<ConversationMessage, 'content' | 'run'>,
  replyTo?: MessageId,
): RunFinishedEvent | undefined {
  const run = message.run;
  // A run still marked streaming has not finished; nothing to report yet.
  if (!run || run.status === 'streaming') return undefined;
  const event: RunFinishedEvent = {
    type: 'runFinished',
    // Only a restored answer is interrupted (an embed restores none): to the host, a cut stream.
    status: run.status === 'interrupted' ? 'incomplete' : run.status,
    model: run.model,
    text: message.content,
    timing: pickNumbers(run, ['ttftMs', 'durationMs', 'tokensPerSecond']),
  };
  if (replyTo !== undefined) event.replyTo = replyTo;
  if (run.finishReason) event.finishReason = run.finishReason;
  const usage = usageOf(run);
  if (usage) event.usage = usage;
  const code = ERROR_CODE_BY_STATUS[run.status];
  if (code && run.error) {
    const message = run.error.detail ? `${run.error.title}: ${run.error.detail}` : run.error.title;
    event.error = { code, message };
  }
  return event;
}
