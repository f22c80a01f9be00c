import type { ConversationMessage } from '../conversation/types';
import type { ChatMode } from '../types';

/**
 * What the editor held when a run finished: enough to put the run back
 * (history's "Restore") without re-reading the request body.
 */
export interface RunSnapshot {
  mode: ChatMode;
  system: string;
  /** The conversation up to and including the answer (chat mode). */
  messages: ConversationMessage[];
  prompt: string;
  suffix: string;
  /** The parameters as typed for the run's model (see core/params/resolve). */
  params: Record<string, string>;
}
