import { useCallback } from 'react';
import { connectionNeedsKey } from '../../core/connections/connectionRules';
import { sendBlockers, type Blocker } from '../../core/request/readiness';
import type { ModelInfo } from '../../core/types';
import { activeApiKey } from '../../stores/keyStore';
import {
  newMessageId,
  selectConnection,
  selectModel,
  usePlayground,
} from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { draftImages, useAttachments } from '../images/attachmentsStore';
import { useSelectedModel } from '../models/useModels';
import { runAgentLoop } from '../tools/toolLoop';
import { compareSendHandler } from '../compare/compareMode';
import { inputProblems } from './requestExtras';
import { currentContext, currentParams, effectiveMode, isRunning } from './runController';

/**
 * Why Send cannot go ahead. `draft` is the message about to be added: the
 * composer's by default, an embedding host's for its `run` message.
 */
export function currentBlockers(
  info: ModelInfo | undefined,
  draft: { text: string; images: number } = {
    text: useUi.getState().draft,
    images: draftImages().length,
  },
): Blocker[] {
  const s = usePlayground.getState();
  const complete = effectiveMode() === 'complete';
  const ctx = currentContext(info);
  return sendBlockers({
    model: selectModel(s),
    paramErrors: currentParams(info).errors,
    messages: complete ? [] : s.messages,
    draft: complete ? s.prompt : draft.text,
    draftImages: complete ? 0 : draft.images,
    apiKey: activeApiKey(),
    keyRequired: connectionNeedsKey(selectConnection(s)),
    problems: ctx ? inputProblems(ctx) : [],
  });
}

/** Moves the composer's text and images into the conversation as a user message. */
export function commitDraft(): void {
  const ui = useUi.getState();
  const images = draftImages();
  if (ui.draft.trim() === '' && images.length === 0) return;
  usePlayground.getState().appendMessage({
    id: newMessageId(),
    role: 'user',
    content: ui.draft,
    ...(images.length > 0 ? { images } : {}),
  });
  ui.setDraft('');
  useAttachments.getState().clear();
}

/** Send: add the composer's text as a user message, then run. */
export function useSend(): () => void {
  const { info } = useSelectedModel();
  return useCallback(() => {
    // In compare mode Send runs every column instead (features/compare).
    const compare = compareSendHandler();
    if (compare) {
      compare();
      return;
    }
    if (isRunning()) return;
    const ui = useUi.getState();
    const blockers = currentBlockers(info);
    if (blockers.length > 0) {
      ui.setSendAttempted(true);
      if (blockers.some((b) => b.kind === 'no-key'))
        ui.openConnection('Add your API key to send requests.');
      return;
    }
    ui.setSendAttempted(false);
    if (effectiveMode() === 'chat') commitDraft();
    // The agent loop runs the conversation, then any auto-replied tool steps.
    void runAgentLoop(info);
  }, [info]);
}

/** True for the platform's "send" chord: Cmd+Enter on macOS, Ctrl+Enter elsewhere. */
export function isSendChord(e: { key: string; metaKey: boolean; ctrlKey: boolean }): boolean {
  return e.key === 'Enter' && (e.metaKey || e.ctrlKey);
}
