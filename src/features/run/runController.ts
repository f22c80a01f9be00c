import { networkHintFor } from '../../core/connections/connectionRules';
import { answerFields } from '../../core/conversation/answerFields';
import { toChatMessages } from '../../core/conversation/toChatMessages';
import type { RunSummary } from '../../core/conversation/types';
import { rawParamsFor } from '../../core/config/params';
import { logprobListsOf } from '../../core/logprobs/logprobs';
import { modelContext, type ModelContext } from '../../core/params/registry';
import { resolveParams, type ResolvedParams } from '../../core/params/resolve';
import { buildRequest, supportsComplete } from '../../core/request/buildRequest';
import { runStats, type RunState } from '../../core/stream/runReducer';
import { substitute } from '../../core/variables/variables';
import { substituteMessages } from '../../core/variables/conversation';
import { usageCost } from '../../core/estimate/cost';
import type { ChatMode, ModelInfo, PreparedRequest } from '../../core/types';
import { activeApiKey } from '../../stores/keyStore';
import {
  newMessageId,
  selectConnection,
  selectModel,
  usePlayground,
} from '../../stores/playgroundStore';
import { useConfig } from '../../stores/configStore';
import { lazyTrace, type LazyTrace } from '../inspect/lazyTrace';
import { useVariables } from '../variables/variablesStore';
import { afterPaint } from '../../lib/nextFrame';
import { executeRun, type RunOutcome } from './executeRun';
import { emitRunFinished } from './runEvents';
import { settleRun } from '../persistence/pageLifecycle';
import { runSnapshot } from './runSnapshot';
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
  // Prompt variables are filled in here, so View code, Inspect and Send agree.
  const values = useVariables.getState().values;
  return effectiveMode() === 'complete'
    ? buildRequest({
        ...common,
        mode: 'complete',
        prompt: substitute(s.prompt, values),
        suffix: substitute(s.suffix, values),
      })
    : buildRequest({
        ...common,
        system: substitute(s.system, values),
        messages: toChatMessages(substituteMessages(s.messages, values)),
      });
}

/** The run's footer facts (status, usage, timing) as messages keep them. */
export function summarise(
  state: RunState,
  model: string,
  extra: Partial<RunSummary> = {},
): RunSummary {
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

/** The run's cost from the usage the server reported, when the model's prices are known. */
function withCost(summary: RunSummary, info?: ModelInfo): RunSummary {
  const costUsd = info && info.id === summary.model ? usageCost(summary.usage, info) : undefined;
  return costUsd === undefined ? summary : { ...summary, costUsd };
}

export function isRunning(): boolean {
  return controller !== null;
}

export function stopRun(): void {
  controller?.abort();
}

/** Streams `request` into the run store under `runId`; the one run Stop aborts. */
async function execute(
  request: PreparedRequest,
  runId: string,
  networkHint?: string,
  trace?: LazyTrace,
): Promise<RunOutcome> {
  const abort = new AbortController();
  controller = abort;
  try {
    // No await before the request: one would let React render the new
    // messages first, and the request would wait for that render.
    const outcome = await executeRun({
      request,
      apiKey: activeApiKey(),
      signal: abort.signal,
      networkHint,
      observer: trace?.observer,
      onState: (state) => useRunStore.setState({ active: { messageId: runId, state } }),
    });
    await Promise.all([afterPaint(), trace?.ready]);
    return outcome;
  } finally {
    controller = null;
  }
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
  if (request.mode === 'complete') return runCompletion(request, model, info);

  const messageId = newMessageId();
  const startedAt = Date.now();
  s.appendMessage({
    id: messageId,
    role: 'assistant',
    content: '',
    run: { status: 'streaming', model },
  });
  const trace = lazyTrace(request, messageId, activeApiKey() !== '');
  const { state, extra } = await execute(request, messageId, currentNetworkHint(), trace);
  const choice = state.choices[0];
  const summary = settleRun(withCost(summarise(state, model, extra), info));
  usePlayground.getState().updateMessage(messageId, {
    ...answerFields(messageId, choice),
    alternatives: alternativesOf(state),
    logprobs: logprobListsOf(state.choices),
    run: summary,
  });
  useRunStore.setState({ active: null });
  emitRunFinished({
    runId: messageId,
    request,
    connectionId: s.activeConnectionId,
    model,
    text: choice?.text ?? '',
    summary,
    startedAt,
    snapshot: runSnapshot(model),
    trace: trace.finish(summary),
  });
}

/** Complete mode: the completion waits beside the prompt until accepted. */
async function runCompletion(
  request: PreparedRequest,
  model: string,
  info?: ModelInfo,
): Promise<void> {
  const prompt = usePlayground.getState().prompt;
  const startedAt = Date.now();
  usePlayground.getState().setCompletion(null);
  const trace = lazyTrace(request, COMPLETION_RUN_ID, activeApiKey() !== '');
  const { state, extra } = await execute(request, COMPLETION_RUN_ID, currentNetworkHint(), trace);
  const texts = state.choices.length > 0 ? state.choices.map((c) => c.text) : [''];
  const summary = settleRun(withCost(summarise(state, model, extra), info));
  usePlayground.getState().setCompletion({
    prompt,
    alternatives: texts,
    logprobs: logprobListsOf(state.choices),
    selected: 0,
    run: summary,
  });
  useRunStore.setState({ active: null });
  emitRunFinished({
    runId: COMPLETION_RUN_ID,
    request,
    connectionId: usePlayground.getState().activeConnectionId,
    model,
    text: texts[0] ?? '',
    summary,
    startedAt,
    snapshot: runSnapshot(model),
    trace: trace.finish(summary),
  });
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
