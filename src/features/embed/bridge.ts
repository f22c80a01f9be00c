// The postMessage bridge between this frame and the page embedding it: takes
// the host's messages (from allowed origins only, each validated), applies
// them, and reports every run back. Protocol: core/embed/protocol.ts and
// README "Embedding".

import { isModelAllowed } from '../../core/config/modelRules';
import { planInit, toConversation } from '../../core/embed/applyHost';
import {
  errorEvent,
  readyEvent,
  redactEvent,
  runFinishedEvent,
  runStartedEvent,
} from '../../core/embed/events';
import { originAllowed, readyTargets, type OriginPattern } from '../../core/embed/origins';
import type {
  HostMessage,
  InitMessage,
  MessageId,
  PlaygroundEvent,
  RunMessage,
  SetMessagesMessage,
} from '../../core/embed/protocol';
import { interpretHostMessage, type HostValidators } from '../../core/embed/validation';
import { PARAMS } from '../../core/params/registry';
import { describeBlocker } from '../../core/request/readiness';
import type { ModelInfo } from '../../core/types';
import { useConfig } from '../../stores/configStore';
import { useKeyStore } from '../../stores/keyStore';
import { NO_UNDO, newMessageId, selectModel, usePlayground } from '../../stores/playgroundStore';
import { isRunning, stopRun } from '../run/runController';
import { COMPLETION_RUN_ID, useRunStore, type ActiveRun } from '../run/runStore';
import { currentBlockers } from '../run/useSend';
import { runAgentLoop } from '../tools/toolLoop';
import { useEmbed } from './embedStore';

export interface BridgeOptions {
  patterns: readonly OriginPattern[];
  /** The selected model's facts, for the parameter rules (read at run time). */
  modelInfo(): ModelInfo | undefined;
}

let validators: Promise<HostValidators> | undefined;

// The validators are generated code (vite/embedValidators.ts), loaded with the
// first message from an allowed origin, not with the frame.
function loadValidators(): Promise<HostValidators> {
  validators ??= import('virtual:embed-validators');
  validators.catch(() => (validators = undefined)); // a failed chunk load may work next time
  return validators;
}

const labelOf = (key: string) => PARAMS.find((p) => p.key === key)?.label ?? key;

/** The parent's origin as far as the browser tells (for `ready`, before the host spoke). */
function parentOriginHint(): string | undefined {
  const ancestors = window.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? undefined;
  try {
    return document.referrer ? new URL(document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

const BUSY = 'A run is streaming: send "stop" first, or wait for runFinished.';

/**
 * Starts listening to the parent window. Returns the function that stops it.
 * With no allowed origin nothing is listened to and nothing is posted.
 */
export function startBridge({ patterns, modelInfo }: BridgeOptions): () => void {
  const parent = window.parent;
  if (patterns.length === 0 || parent === window) {
    useEmbed.setState({ api: 'off' });
    return () => undefined;
  }
  let hostOrigin: string | undefined;
  /** The host's key: masked in anything posted back (servers sometimes quote it). */
  let secrets: string[] = [];
  /** The id of the host `run` whose runs are under way, echoed as `replyTo`. */
  let runReplyTo: MessageId | undefined;
  let queue = Promise.resolve();

  function post(event: PlaygroundEvent): void {
    const safe = redactEvent(event, secrets);
    // Always an explicit origin: the host's once it has spoken, else the allowed parent's.
    const targets = hostOrigin ? [hostOrigin] : readyTargets(patterns, parentOriginHint());
    for (const target of targets) parent.postMessage(safe, target);
  }

  function applyInit(message: InitMessage): void {
    const rules = useConfig.getState().config.models;
    const plan = planInit(usePlayground.getState(), message, newMessageId, (id) =>
      isModelAllowed(id, rules),
    );
    if ('error' in plan) {
      post(errorEvent('invalid_message', plan.error, message.id));
      return;
    }
    usePlayground.setState({ ...plan.state, ...NO_UNDO });
    if (plan.key) {
      // embedMode makes the key store memory-only: this never reaches storage.
      useKeyStore.getState().setKey(plan.key.connectionId, plan.key.apiKey, false);
      secrets = plan.key.apiKey === '' ? [] : [plan.key.apiKey];
    }
    useEmbed.setState((s) => ({
      theme: plan.theme ?? s.theme,
      locks: plan.locks ?? s.locks,
      hostConnection: message.connection
        ? { baseUrl: message.connection.baseUrl ?? '' }
        : s.hostConnection,
    }));
  }

  function applyMessages(message: SetMessagesMessage): void {
    usePlayground.setState((s) => ({
      messages: toConversation(message.messages, newMessageId),
      system: message.system ?? s.system,
      ...NO_UNDO,
    }));
  }

  function startRun(message: RunMessage): void {
    const info = modelInfo();
    const blockers = currentBlockers(info, { text: message.message ?? '', images: 0 });
    if (blockers.length > 0) {
      const why = blockers.map((b) => describeBlocker(b, labelOf)).join(' ');
      post(errorEvent('run_blocked', why, message.id));
      return;
    }
    if (message.message !== undefined) usePlayground.getState().addMessage('user', message.message);
    runReplyTo = message.id;
    void runAgentLoop(info).finally(() => {
      runReplyTo = undefined;
    });
  }

  function apply(message: HostMessage): void {
    if (message.type === 'stop') {
      stopRun();
      return;
    }
    if (isRunning()) {
      post(errorEvent('busy', BUSY, message.id));
      return;
    }
    if (message.type === 'init') applyInit(message);
    else if (message.type === 'setMessages') applyMessages(message);
    else startRun(message);
  }

  async function handle(data: unknown): Promise<void> {
    let loaded: HostValidators;
    try {
      loaded = await loadValidators();
    } catch {
      post(errorEvent('internal_error', 'The message validator could not be loaded; try again.'));
      return;
    }
    const result = interpretHostMessage(data, loaded);
    if (!result.ok) {
      post(result.error);
      return;
    }
    useEmbed.setState({ api: 'connected' });
    apply(result.message);
  }

  function onMessage(event: MessageEvent): void {
    // Only the embedding page, and only from an allowed origin; anything else
    // is dropped without an answer (an answer would tell a prober it was heard).
    if (event.source !== parent || !originAllowed(event.origin, patterns)) return;
    hostOrigin = event.origin;
    const { data } = event;
    // One at a time, in order: `run` right after `init` must see the init applied.
    queue = queue
      .then(() => handle(data))
      .catch((error: unknown) => {
        post(
          errorEvent(
            'internal_error',
            error instanceof Error ? error.message : 'The message could not be handled.',
          ),
        );
      });
  }

  function finished(run: ActiveRun): void {
    const s = usePlayground.getState();
    const source =
      run.messageId === COMPLETION_RUN_ID
        ? s.completion && {
            content: s.completion.alternatives[s.completion.selected] ?? '',
            run: s.completion.run,
          }
        : s.messages.find((m) => m.id === run.messageId);
    const event = source ? runFinishedEvent(source, runReplyTo) : undefined;
    if (event) post(event);
  }

  // Every run, whether the host or the person in the frame started it.
  const unsubscribe = useRunStore.subscribe((state, prev) => {
    const before = prev.active;
    const now = state.active;
    if (before && before.messageId !== now?.messageId) finished(before);
    if (now && now.messageId !== before?.messageId) {
      const s = usePlayground.getState();
      const model =
        s.messages.find((m) => m.id === now.messageId)?.run?.model ?? selectModel(s) ?? '';
      post(runStartedEvent(model, runReplyTo));
    }
  });

  window.addEventListener('message', onMessage);
  useEmbed.setState({ api: 'listening' });
  post(readyEvent());
  return () => {
    window.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
