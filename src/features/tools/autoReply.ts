import { toolsAvailability } from '../../core/tools/requestFields';
import { mocksOf, nextToolStep, type ToolResult } from '../../core/tools/toolLoop';
import type { ModelInfo } from '../../core/types';
import { newMessageId, usePlayground } from '../../stores/playgroundStore';
import { useTools } from '../../stores/toolsStore';
import { useUi } from '../../stores/uiStore';
import { currentContext, isRunning, runConversation } from '../run/runController';
import { currentBlockers } from '../run/useSend';
import { runAgentLoop } from './toolLoop';

// Loaded lazily: the auto-reply loop (once switched on) and "Submit results"
// (once a tool call waits). See toolLoop.ts.

function appendResults(results: readonly ToolResult[]): void {
  const { appendMessage } = usePlayground.getState();
  for (const r of results) {
    appendMessage({
      id: newMessageId(),
      role: 'tool',
      content: r.content,
      toolCallId: r.toolCallId,
    });
  }
}

/**
 * While auto-reply is on, answers the model's tool calls with the mock
 * responses and runs again, up to Max tool steps. Stop ends it: a stopped
 * answer is never auto-answered (see nextToolStep).
 */
export async function continueAutoReply(info?: ModelInfo): Promise<void> {
  for (;;) {
    const ctx = currentContext(info);
    if (!ctx || toolsAvailability(ctx) === 'unavailable' || isRunning()) return;
    const { autoReply, maxSteps, tools } = useTools.getState();
    const step = nextToolStep(
      usePlayground.getState().messages,
      { autoReply, maxSteps },
      mocksOf(tools),
    );
    if (step.kind !== 'reply') return;
    appendResults(step.results);
    // The user may have broken a tool meanwhile: nothing invalid is sent.
    if (currentBlockers(info).length > 0) {
      useUi.getState().setSendAttempted(true);
      return;
    }
    await runConversation(info);
  }
}

/** "Submit results": one tool message per call, then the conversation goes on. */
export function submitToolResults(results: readonly ToolResult[], info?: ModelInfo): void {
  if (isRunning()) return;
  appendResults(results);
  const ui = useUi.getState();
  if (currentBlockers(info).length > 0) {
    ui.setSendAttempted(true);
    return;
  }
  ui.setSendAttempted(false);
  void runAgentLoop(info);
}
