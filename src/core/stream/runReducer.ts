// The pure state of one run: StreamEvents in, an immutable RunState out.
// `applyEvents` takes a whole batch (the UI batches per animation frame) and
// copies each touched object at most once per batch, then mutates its own
// copies, so a batch costs O(events) and never copies arrays per event.

import { MAX_LOGPROB_TOKENS } from '../logprobs/logprobs';
import type {
  FinishReason,
  Performance,
  Role,
  StreamEvent,
  TokenLogprob,
  Usage,
  WireError,
} from '../types';

export const MAX_CHOICES = 16;
export const MAX_TOOL_CALLS_PER_CHOICE = 128;

export interface ToolCallState {
  index: number;
  id: string;
  name: string;
  arguments: string;
}

export interface ChoiceState {
  index: number;
  role: Role;
  text: string;
  reasoning: string;
  /** Sorted by index. */
  toolCalls: ToolCallState[];
  finishReason?: FinishReason;
  /** Per-token log probabilities, when the request asked for them (at most MAX_LOGPROB_TOKENS). */
  logprobs?: TokenLogprob[];
}

export type RunStatus = 'streaming' | 'done' | 'stopped' | 'incomplete' | 'error';

export interface RunState {
  status: RunStatus;
  /** Sorted by index. */
  choices: ChoiceState[];
  usage?: Usage;
  performance?: Performance;
  /** The first error reported; later ones are dropped. */
  error?: WireError;
  sawDone: boolean;
  startedAt: number;
  firstTokenAt?: number;
  endedAt?: number;
  /** Non-empty text + reasoning events seen: the token estimate when usage is missing. */
  deltaCount: number;
}

export function startRun(now: number): RunState {
  return { status: 'streaming', choices: [], sawDone: false, startedAt: now, deltaCount: 0 };
}

/** Position of `index` in a list sorted by index, or where it would be inserted. */
function search<T extends { index: number }>(list: readonly T[], index: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] as T).index < index) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sameUsage(a: Usage | undefined, b: Usage): boolean {
  return (
    a !== undefined &&
    a.inputTokens === b.inputTokens &&
    a.outputTokens === b.outputTokens &&
    a.totalTokens === b.totalTokens &&
    a.reasoningTokens === b.reasoningTokens
  );
}

function samePerformance(a: Performance | undefined, b: Performance): boolean {
  return (
    a !== undefined &&
    a.delay === b.delay &&
    a.executionTime === b.executionTime &&
    a.relativeExecutionTime === b.relativeExecutionTime
  );
}

/** Copy-on-write over one batch: each object is copied at most once. */
class Batch {
  private draft: RunState | undefined;
  private choicesOwned = false;
  private readonly ownedChoices = new Set<ChoiceState>();
  private readonly ownedToolLists = new Set<ToolCallState[]>();
  private readonly ownedToolCalls = new Set<ToolCallState>();
  private readonly ownedLogprobLists = new Set<TokenLogprob[]>();

  constructor(
    private readonly base: RunState,
    private readonly now: number,
  ) {}

  result(): RunState {
    return this.draft ?? this.base;
  }

  private current(): RunState {
    return this.draft ?? this.base;
  }

  private writable(): RunState {
    this.draft ??= { ...this.base };
    return this.draft;
  }

  private markToken(): void {
    if (this.current().firstTokenAt === undefined) this.writable().firstTokenAt = this.now;
  }

  private findChoice(index: number): ChoiceState | undefined {
    const list = this.current().choices;
    const at = search(list, index);
    const found = list[at];
    return found !== undefined && found.index === index ? found : undefined;
  }

  /** A choice this batch may mutate, created if new; undefined past the cap. */
  private writableChoice(index: number): ChoiceState | undefined {
    const state = this.writable();
    if (!this.choicesOwned) {
      state.choices = state.choices.slice();
      this.choicesOwned = true;
    }
    const list = state.choices;
    const at = search(list, index);
    const found = list[at];
    if (found !== undefined && found.index === index) {
      if (this.ownedChoices.has(found)) return found;
      const copy: ChoiceState = { ...found };
      list[at] = copy;
      this.ownedChoices.add(copy);
      return copy;
    }
    if (list.length >= MAX_CHOICES) return undefined;
    const created: ChoiceState = {
      index,
      role: 'assistant',
      text: '',
      reasoning: '',
      toolCalls: [],
    };
    list.splice(at, 0, created);
    this.ownedChoices.add(created);
    this.ownedToolLists.add(created.toolCalls);
    return created;
  }

  private writableToolCall(choice: ChoiceState, index: number): ToolCallState | undefined {
    if (!this.ownedToolLists.has(choice.toolCalls)) {
      choice.toolCalls = choice.toolCalls.slice();
      this.ownedToolLists.add(choice.toolCalls);
    }
    const list = choice.toolCalls;
    const at = search(list, index);
    const found = list[at];
    if (found !== undefined && found.index === index) {
      if (this.ownedToolCalls.has(found)) return found;
      const copy: ToolCallState = { ...found };
      list[at] = copy;
      this.ownedToolCalls.add(copy);
      return copy;
    }
    if (list.length >= MAX_TOOL_CALLS_PER_CHOICE) return undefined;
    const created: ToolCallState = { index, id: '', name: '', arguments: '' };
    list.splice(at, 0, created);
    this.ownedToolCalls.add(created);
    return created;
  }

  /** Appends tokens to a choice's list, copying the list once per batch. */
  private appendLogprobs(choice: ChoiceState, tokens: readonly TokenLogprob[]): void {
    if (choice.logprobs === undefined || !this.ownedLogprobLists.has(choice.logprobs)) {
      choice.logprobs = choice.logprobs ? choice.logprobs.slice() : [];
      this.ownedLogprobLists.add(choice.logprobs);
    }
    const list = choice.logprobs;
    for (const token of tokens) {
      if (list.length >= MAX_LOGPROB_TOKENS) return;
      list.push(token);
    }
  }

  private choiceAllows(index: number): boolean {
    return this.findChoice(index) !== undefined || this.current().choices.length < MAX_CHOICES;
  }

  apply(event: StreamEvent): void {
    switch (event.type) {
      case 'role': {
        const existing = this.findChoice(event.choice);
        if (existing !== undefined && existing.role === event.role) return;
        const choice = this.writableChoice(event.choice);
        if (choice !== undefined) choice.role = event.role;
        return;
      }
      case 'text':
      case 'reasoning': {
        if (event.text === '' || !this.choiceAllows(event.choice)) return;
        const choice = this.writableChoice(event.choice);
        if (choice === undefined) return;
        if (event.type === 'text') choice.text += event.text;
        else choice.reasoning += event.text;
        this.markToken();
        this.writable().deltaCount += 1;
        return;
      }
      case 'logprobs': {
        if (event.tokens.length === 0 || !this.choiceAllows(event.choice)) return;
        const existing = this.findChoice(event.choice);
        if ((existing?.logprobs?.length ?? 0) >= MAX_LOGPROB_TOKENS) return;
        const choice = this.writableChoice(event.choice);
        if (choice !== undefined) this.appendLogprobs(choice, event.tokens);
        return;
      }
      case 'toolCall': {
        const existingChoice = this.findChoice(event.choice);
        if (existingChoice === undefined && this.current().choices.length >= MAX_CHOICES) return;
        const known = existingChoice?.toolCalls[search(existingChoice.toolCalls, event.index)];
        const isNew = known === undefined || known.index !== event.index;
        if (isNew && (existingChoice?.toolCalls.length ?? 0) >= MAX_TOOL_CALLS_PER_CHOICE) return;
        const idChanges = event.id !== undefined && (isNew || known.id === '');
        const nameChanges = event.name !== undefined && (isNew || known.name === '');
        const argsChange = event.arguments !== undefined && event.arguments !== '';
        if (!isNew && !idChanges && !nameChanges && !argsChange) return;
        const choice = this.writableChoice(event.choice);
        if (choice === undefined) return;
        const call = this.writableToolCall(choice, event.index);
        if (call === undefined) return;
        // The first fragment names the call; later ones only add arguments.
        if (idChanges && event.id !== undefined) call.id = event.id;
        if (nameChanges && event.name !== undefined) call.name = event.name;
        if (argsChange) call.arguments += event.arguments;
        this.markToken();
        return;
      }
      case 'finish': {
        const existing = this.findChoice(event.choice);
        if (existing !== undefined && existing.finishReason === event.reason) return;
        const choice = this.writableChoice(event.choice);
        if (choice !== undefined) choice.finishReason = event.reason;
        return;
      }
      case 'usage': {
        const merged: Usage = { ...this.current().usage };
        for (const key of [
          'inputTokens',
          'outputTokens',
          'totalTokens',
          'reasoningTokens',
        ] as const) {
          const value = event.usage[key];
          if (value !== undefined) merged[key] = value;
        }
        if (!sameUsage(this.current().usage, merged)) this.writable().usage = merged;
        return;
      }
      case 'performance': {
        const merged: Performance = { ...this.current().performance };
        for (const key of ['delay', 'executionTime', 'relativeExecutionTime'] as const) {
          const value = event.performance[key];
          if (value !== undefined) merged[key] = value;
        }
        if (!samePerformance(this.current().performance, merged)) {
          this.writable().performance = merged;
        }
        return;
      }
      case 'error': {
        const state = this.current();
        if (state.status === 'error' && state.error !== undefined) return;
        const next = this.writable();
        next.status = 'error';
        next.error ??= event.error;
        return;
      }
      case 'done': {
        if (!this.current().sawDone) this.writable().sawDone = true;
        return;
      }
    }
  }
}

/**
 * Applies a batch of events. Returns `state` itself when nothing changed, and
 * ignores everything once the run has ended (so no update lands after a stop).
 * An error event sets status 'error' and keeps all partial text; later text
 * events are still appended until the run ends.
 */
export function applyEvents(
  state: RunState,
  events: readonly StreamEvent[],
  now: number,
): RunState {
  if (state.endedAt !== undefined || events.length === 0) return state;
  const batch = new Batch(state, now);
  for (const event of events) batch.apply(event);
  return batch.result();
}

/**
 * Ends the run when the stream ends ('eof') or the user stops it ('aborted').
 * 'error' stays 'error'; otherwise aborted → 'stopped'; `[DONE]` seen, or
 * every choice finished → 'done'; anything else → 'incomplete'.
 */
export function endRun(state: RunState, how: 'eof' | 'aborted', now: number): RunState {
  if (state.endedAt !== undefined) return state;
  let status: RunStatus;
  if (state.status === 'error') status = 'error';
  else if (how === 'aborted') status = 'stopped';
  else if (
    state.sawDone ||
    (state.choices.length > 0 && state.choices.every((c) => c.finishReason !== undefined))
  ) {
    status = 'done';
  } else status = 'incomplete';
  return { ...state, status, endedAt: now };
}

/** Ends the run with an error (HTTP failure, network error…); partial text stays. */
export function failRun(state: RunState, error: WireError, now: number): RunState {
  if (state.endedAt !== undefined) return state;
  return { ...state, status: 'error', error, endedAt: now };
}

export type ParsedToolArguments =
  { ok: true; value: unknown } | { ok: false; raw: string; message: string };

/**
 * Parses a tool call's accumulated arguments; call it once the run has ended.
 * Empty arguments (some servers send "" for a call without parameters) parse
 * as `{}`. Anything else that is not JSON comes back raw, with the reason.
 */
export function parseToolArguments(tc: Pick<ToolCallState, 'arguments'>): ParsedToolArguments {
  if (tc.arguments.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(tc.arguments) as unknown };
  } catch (error) {
    return {
      ok: false,
      raw: tc.arguments,
      message: error instanceof Error ? error.message : 'The arguments are not valid JSON.',
    };
  }
}

export interface RunStats {
  ttftMs?: number;
  durationMs?: number;
  outputTokens?: number;
  tokensPerSecond?: number;
  /** True when outputTokens counts stream events because the server sent no usage. */
  estimated: boolean;
}

/**
 * Time to first token, total duration, and output speed: outputTokens (from
 * usage, else the count of text + reasoning events, then `estimated`) over
 * the time between the first token and the end of the run.
 */
export function runStats(state: RunState): RunStats {
  const stats: RunStats = { estimated: false };
  if (state.firstTokenAt !== undefined) stats.ttftMs = state.firstTokenAt - state.startedAt;
  if (state.endedAt !== undefined) stats.durationMs = state.endedAt - state.startedAt;
  const reported = state.usage?.outputTokens;
  if (reported !== undefined) stats.outputTokens = reported;
  else if (state.deltaCount > 0) {
    stats.outputTokens = state.deltaCount;
    stats.estimated = true;
  }
  if (
    stats.outputTokens !== undefined &&
    state.endedAt !== undefined &&
    state.firstTokenAt !== undefined &&
    state.endedAt > state.firstTokenAt
  ) {
    stats.tokensPerSecond = stats.outputTokens / ((state.endedAt - state.firstTokenAt) / 1000);
  }
  return stats;
}
