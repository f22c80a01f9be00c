import type { ChoiceState, RunState } from '../../core/stream/runReducer';
import { useRunStore } from '../run/runStore';

export interface LiveAnswer {
  choices: RunState['choices'];
  reasoningTokens?: number;
}

const none = () => undefined;

type Active = ReturnType<typeof useRunStore.getState>['active'];

/** The run writing message `messageId`, if one is. */
function runOf(active: Active, messageId: string): RunState | undefined {
  return active?.messageId === messageId ? active.state : undefined;
}

/*
 * Only the live message subscribes with real selectors, so a long
 * conversation does not re-render per token. Within it, each hook selects
 * what its component shows: the message's frame (header, actions) re-renders
 * when the number of choices changes, the growing text on every frame.
 */

/**
 * The answer streaming into message `messageId` (no choices before the first
 * token), or undefined when that message is not being written.
 */
export function useLiveAnswer(messageId: string, live: boolean): LiveAnswer | undefined {
  const choices = useRunStore(live ? (s) => runOf(s.active, messageId)?.choices : none);
  const reasoningTokens = useRunStore(
    live ? (s) => runOf(s.active, messageId)?.usage?.reasoningTokens : none,
  );
  return live ? { choices: choices ?? [], reasoningTokens } : undefined;
}

/** How many choices the answer streaming into `messageId` has so far; undefined when none streams. */
export function useLiveChoiceCount(messageId: string, live: boolean): number | undefined {
  return useRunStore(live ? (s) => runOf(s.active, messageId)?.choices.length ?? 0 : none);
}

/** The tool calls the streaming answer's first choice has made so far (a list kept while unchanged). */
export function useLiveToolCalls(messageId: string): ChoiceState['toolCalls'] | undefined {
  return useRunStore((s) => runOf(s.active, messageId)?.choices[0]?.toolCalls);
}
