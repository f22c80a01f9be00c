import { useCallback } from 'react';
import { connectionNeedsKey } from '../../core/connections/connectionRules';
import { sendBlockers, type Blocker } from '../../core/request/readiness';
import type { ModelInfo } from '../../core/types';
import { activeApiKey } from '../../stores/keyStore';
import { selectConnection, selectModel, usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { useSelectedModel } from '../models/useModels';
import { inputProblems } from './requestExtras';
import {
  currentContext,
  currentParams,
  effectiveMode,
  isRunning,
  runConversation,
} from './runController';

export function currentBlockers(info: ModelInfo | undefined): Blocker[] {
  const s = usePlayground.getState();
  const complete = effectiveMode() === 'complete';
  const ctx = currentContext(info);
  return sendBlockers({
    model: selectModel(s),
    paramErrors: currentParams(info).errors,
    messages: complete ? [] : s.messages,
    draft: complete ? s.prompt : useUi.getState().draft,
    apiKey: activeApiKey(),
    keyRequired: connectionNeedsKey(selectConnection(s)),
    problems: ctx ? inputProblems(ctx) : [],
  });
}

/** Send: add the composer's text as a user message, then run. */
export function useSend(): () => void {
  const { info } = useSelectedModel();
  return useCallback(() => {
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
    if (effectiveMode() === 'chat' && ui.draft.trim() !== '') {
      usePlayground.getState().addMessage('user', ui.draft);
      ui.setDraft('');
    }
    void runConversation(info);
  }, [info]);
}

/** True for the platform's "send" chord: Cmd+Enter on macOS, Ctrl+Enter elsewhere. */
export function isSendChord(e: { key: string; metaKey: boolean; ctrlKey: boolean }): boolean {
  return e.key === 'Enter' && (e.metaKey || e.ctrlKey);
}
