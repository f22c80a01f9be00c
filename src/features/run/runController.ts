import { networkHintFor } from '../../core/connections/connectionRules';
import { toChatMessages } from '../../core/conversation/toChatMessages';
import type { RunSummary } from '../../core/conversation/types';
import { rawParamsFor } from '../../core/config/params';
import { describeError } from '../../core/errors/describeError';
import { logprobListsOf } from '../../core/logprobs/logprobs';
import { modelContext, type ModelContext } from '../../core/params/registry';
import { resolveParams, type ResolvedParams } from '../../core/params/resolve';
import { buildRequest, supportsComplete } from '../../core/request/buildRequest';
import {
  applyEvents,
  endRun,
  failRun,
  runStats,
  startRun,
  type RunState,
} from '../../core/stream/runReducer';
import type { ChatMode, ModelInfo, PreparedRequest, StreamEvent } from '../../core/types';
import { isAbort } from '../../lib/http';
import { RequestFailure } from '../../lib/requestFailure';
import { sendRequest } from '../../lib/transport';
import { activeApiKey } from '../../stores/keyStore';
import {
  newMessageId,
  selectConnection,
  selectModel,
  usePlayground,
} from '../../stores/playgroundStore';
import { useConfig } from '../../stores/configStore';
import { createFrameBatcher } from './frameBatcher';
import { requestExtras } from './requestExtras';
import { COMPLETION_RUN_ID, useRunStore } from './runStore';

let controller: AbortController | null = null;

/** Complete mode only where the connection offers it; otherwise chat (see useEffectiveMode). */
export function effectiveMode(): ChatMode {
  const s = usePlayground.getState();
  return s.mode === 'complete' && supportsComplete(selectConnection(s).provider)
    ? 'complete'
    : 'chat';
}

/** What the parameter rules look at for the selected model right now. */
export function currentContext(info?: ModelInfo): ModelContext | null {
  const s = usePlayground.getState();
  const model = selectModel(s);
  return model ? modelContext(model, info, selectConnection(s).provider, effectiveMode()) : null;
}

export function currentParams(info?: ModelInfo): ResolvedParams {
  const ctx = currentContext(info);
  if (!ctx) return { values: {}, errors: {} };
  // config.json's defaults and locked parameters, exactly as the panel shows them.
  const stored = usePlayground.getState().paramsByModel[ctx.id];
  return resolveParams(ctx, rawParamsFor(stored, useConfig.getState().config.params));
}

/** The request Send would post right now, from the same state View code reads. */
export function currentRequest(info?: ModelInfo): PreparedRequest | null {
  const s = usePlayground.getState();
  const model = selectModel(s);
  if (!model) return null;
  const ctx = currentContext(info);
  const common = {
    connection: selectConnection(s),
    model,
    params: currentParams(info).values,
    extras: ctx ? requestExtras(ctx) : {},
    stream: s.stream,
  };
  return effectiveMode() === 'complete'
    ? buildRequest({ ...common, mode: 'complete', prompt: s.prompt, suffix: s.suffix })
    : buildRequest({
        ...common,
        system: s.system,
        messages: toChatMessages(s.messages),
      });
}

function summarise(state: RunState, model: string, extra: Partial<RunSummary> = {}): RunSummary {
  const stats = runStats(state);
  const choice = state.choices[0];
  return {
    status: state.status,
    model,
    finishReason: choice?.finishReason,
    usage: state.usage,
    performance: state.performance,
    ttftMs: stats.ttftMs,
    durationMs: stats.durationMs,
    tokensPerSecond: stats.tokensPerSecond,
    estimated: stats.estimated,
    ...extra,
  };
}

export function isRunning(): boolean {
  return controller !== null;
}

export function stopRun(): void {
  controller?.abort();
}

const INCOMPLETE = {
  title: 'The answer is incomplete',
  detail: 'The stream ended before the server said it was finished. The partial answer is kept.',
  action: 'Retry to get the full answer.',
};

/**
 * Posts a request and streams its events into the run store under `runId`,
 * frame by frame. Resolves with the final state and what went wrong, if
 * anything; events already received always count, so partial output is kept.
 */
async function execute(
  request: PreparedRequest,
  runId: string,
  networkHint?: string,
): Promise<{ state: RunState; extra: Partial<RunSummary> }> {
  const abort = new AbortController();
  controller = abort;
  let state = startRun(performance.now());
  useRunStore.setState({ active: { messageId: runId, state } });
  const batcher = createFrameBatcher<StreamEvent>((events) => {
    if (abort.signal.aborted) return;
    state = applyEvents(state, events, performance.now());
    useRunStore.setState({ active: { messageId: runId, state } });
  });

  let extra: Partial<RunSummary> = {};
  try {
    for await (const event of sendRequest(request, activeApiKey(), abort.signal)) {
      batcher.push(event);
    }
    batcher.flushNow();
    state = endRun(state, abort.signal.aborted ? 'aborted' : 'eof', performance.now());
  } catch (error) {
    const aborted = isAbort(error, abort.signal);
    if (!aborted) batcher.flushNow();
    if (aborted) {
      state = endRun(state, 'aborted', performance.now());
    } else {
      const hadOutput = state.firstTokenAt !== undefined;
      const failure =
        error instanceof RequestFailure
          ? error
          : new RequestFailure(
              { message: error instanceof Error ? error.message : String(error) },
              { network: error instanceof TypeError },
            );
      state = failRun(state, failure.wire, performance.now());
      extra = {
        error: describeError({
          error: failure.wire,
          network: failure.network,
          retryAfterMs: failure.retryAfterMs,
          baseUrl: request.url,
          midStream: hadOutput,
          networkHint,
        }),
      };
    }
  } finally {
    controller = null;
  }
  if (state.status === 'error' && !extra.error && state.error) {
    extra = {
      error: describeError({ error: state.error, midStream: state.firstTokenAt !== undefined }),
    };
  }
  if (state.status === 'incomplete') extra = { ...extra, error: extra.error ?? INCOMPLETE };
  return { state, extra };
}

/** Every choice's text, when the run produced more than one (n > 1). */
function alternativesOf(state: RunState): string[] | undefined {
  return state.choices.length > 1 ? state.choices.map((c) => c.text) : undefined;
}

/** A preset-specific hint for when the browser cannot reach the server at all. */
function currentNetworkHint(): string | undefined {
  return networkHintFor(selectConnection(usePlayground.getState()), window.location.origin);
}

/**
 * Runs the conversation as it stands: posts it, streams the answer, and
 * commits the result (or the partial answer and what went wrong) to the
 * conversation.
 */
export async function runConversation(info?: ModelInfo): Promise<void> {
  if (controller) return;
  const s = usePlayground.getState();
  const model = selectModel(s);
  const request = currentRequest(info);
  if (!model || !request) return;
  if (request.mode === 'complete') return runCompletion(request, model);

  const messageId = newMessageId();
  s.appendMessage({
    id: messageId,
    role: 'assistant',
    content: '',
    run: { status: 'streaming', model },
  });
  const { state, extra } = await execute(request, messageId, currentNetworkHint());
  const choice = state.choices[0];
  usePlayground.getState().updateMessage(messageId, {
    content: choice?.text ?? '',
    reasoning: choice?.reasoning || undefined,
    toolCalls: choice?.toolCalls.length
      ? choice.toolCalls.map((tc) => ({
          // Some servers send no id; the tool result must still name its call.
          id: tc.id || `call_${messageId}_${tc.index}`,
          type: 'function' as const,
          function: { name: tc.name, arguments: tc.arguments },
        }))
      : undefined,
    alternatives: alternativesOf(state),
    logprobs: logprobListsOf(state.choices),
    run: summarise(state, model, extra),
  });
  useRunStore.setState({ active: null });
}

/** Complete mode: the completion waits beside the prompt until accepted. */
async function runCompletion(request: PreparedRequest, model: string): Promise<void> {
  const prompt = usePlayground.getState().prompt;
  usePlayground.getState().setCompletion(null);
  const { state, extra } = await execute(request, COMPLETION_RUN_ID, currentNetworkHint());
  const texts = state.choices.length > 0 ? state.choices.map((c) => c.text) : [''];
  usePlayground.getState().setCompletion({
    prompt,
    alternatives: texts,
    logprobs: logprobListsOf(state.choices),
    selected: 0,
    run: summarise(state, model, extra),
  });
  useRunStore.setState({ active: null });
}

/** Drops a failed answer and runs the conversation again. */
export async function retryRun(messageId: string, info?: ModelInfo): Promise<void> {
  usePlayground.getState().deleteMessage(messageId);
  await runConversation(info);
}

/** Merges the picked completion into the prompt, ready to continue from there. */
export function acceptCompletion(): void {
  const s = usePlayground.getState();
  const completion = s.completion;
  if (!completion) return;
  const text = completion.alternatives[completion.selected] ?? '';
  s.setPrompt(completion.prompt + text);
  s.setCompletion(null);
}
