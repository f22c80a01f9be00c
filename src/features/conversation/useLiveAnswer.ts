import type { RunState } from '../../core/stream/runReducer';
import { useRunStore } from '../run/runStore';

export interface LiveAnswer {
  choices: RunState['choices'];
  reasoningTokens?: number;
}

const none = () => undefined;

/**
 * The answer streaming into message `messageId` (no choices before the first
 * token), or undefined when that message is not being written. Only the live message subscribes with a real
 * selector, so a long conversation does not re-render per token.
 */
export function useLiveAnswer(messageId: string, live: boolean): LiveAnswer | undefined {
  const choices = useRunStore(
    live ? (s) => (s.active?.messageId === messageId ? s.active.state.choices : undefined) : none,
  );
  const reasoningTokens = useRunStore(
    live
      ? (s) =>
          s.active?.messageId === messageId ? s.active.state.usage?.reasoningTokens : undefined
      : none,
  );
  return live ? { choices: choices ?? [], reasoningTokens } : undefined;
}
