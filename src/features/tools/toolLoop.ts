import type { ModelInfo } from '../../core/types';
import { useTools } from '../../stores/toolsStore';
import { runConversation } from '../run/runController';

/** The auto-reply loop and the result form's submit, loaded on first need. */
export function loadAutoReply(): Promise<typeof import('./autoReply')> {
  return import('./autoReply');
}

// Loaded ahead of its first use once auto-reply is on, so that no run waits
// for a download between two tool steps.
const preload = (autoReply: boolean) => {
  if (autoReply) loadAutoReply().catch(() => undefined);
};
preload(useTools.getState().autoReply);
useTools.subscribe((s) => preload(s.autoReply));

/**
 * Send's run: the conversation, then, while auto-reply is on, the tool steps
 * it answers with mock responses (see autoReply.ts).
 */
export async function runAgentLoop(info?: ModelInfo): Promise<void> {
  await runConversation(info);
  if (!useTools.getState().autoReply) return;
  // A failed download leaves the calls waiting under the answer, to submit by hand.
  const loaded = await loadAutoReply().catch(() => null);
  await loaded?.continueAutoReply(info);
}
