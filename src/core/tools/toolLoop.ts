// The tool loop, decided from the conversation alone: which tool calls wait
// for a result, and what happens next (wait for the user, or answer with the
// mock responses), so the controller and the UI agree and it is unit-tested.

import type { ConversationMessage } from '../conversation/types';
import type { ToolCall } from '../types';
import { toolNameOf } from './toolName';
import { pendingToolCalls, type PendingToolCalls } from './pendingToolCalls';

/** Tool-result rounds already sent since the user's last message. */
export function toolRoundsSinceUser(messages: readonly ConversationMessage[]): number {
  let rounds = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m === undefined || m.role === 'user') break;
    if (m.role === 'tool' && messages[i - 1]?.role !== 'tool') rounds++;
  }
  return rounds;
}

/** Each defined tool's name → its mock response ('' when it has none); the first tool of a name wins. */
export function mocksOf(tools: readonly { source: string; mock: string }[]): Map<string, string> {
  const mocks = new Map<string, string>();
  for (const t of tools) {
    const name = toolNameOf(t.source);
    if (name !== undefined && !mocks.has(name)) mocks.set(name, t.mock);
  }
  return mocks;
}

/** What the auto-reply answers `call` with: its tool's mock, or an error the model can read. */
export function mockResultFor(call: ToolCall, mocks: ReadonlyMap<string, string>): string {
  const name = call.function.name;
  const mock = mocks.get(name);
  if (mock === undefined) return JSON.stringify({ error: `unknown tool: ${name}` });
  return mock.trim() === '' ? JSON.stringify({ error: `no mock response for ${name}` }) : mock;
}

export interface ToolLoopSettings {
  autoReply: boolean;
  maxSteps: number;
}

export interface ToolResult {
  toolCallId: string;
  content: string;
}

export type ToolStep =
  /** Nothing waits for a tool result. */
  | { kind: 'none' }
  /**
   * Tool calls wait for the user: auto-reply is off ('manual'), the step
   * limit is reached ('limit'), or the answer did not finish cleanly, so its
   * calls may be cut short ('unfinished').
   */
  | { kind: 'wait'; pending: PendingToolCalls; reason: 'manual' | 'limit' | 'unfinished' }
  /** Answer every waiting call with its mock result, then run again. */
  | { kind: 'reply'; pending: PendingToolCalls; results: ToolResult[] };

/**
 * The next step of the loop. `mocks` maps each defined tool's name to its
 * mock response ('' when it has none). The step limit counts the tool-result
 * rounds since the user's last message, manual ones included, so one Send
 * never runs more than `maxSteps` automatic rounds.
 */
export function nextToolStep(
  messages: readonly ConversationMessage[],
  settings: ToolLoopSettings,
  mocks: ReadonlyMap<string, string>,
): ToolStep {
  const pending = pendingToolCalls(messages);
  if (pending === null) return { kind: 'none' };
  const asking = messages.find((m) => m.id === pending.assistantId);
  const run = asking?.run;
  if (run !== undefined && (run.status !== 'done' || run.finishReason === 'length'))
    return { kind: 'wait', pending, reason: 'unfinished' };
  if (!settings.autoReply) return { kind: 'wait', pending, reason: 'manual' };
  if (toolRoundsSinceUser(messages) >= settings.maxSteps)
    return { kind: 'wait', pending, reason: 'limit' };
  return {
    kind: 'reply',
    pending,
    results: pending.calls.map((call) => ({
      toolCallId: call.id,
      content: mockResultFor(call, mocks),
    })),
  };
}
