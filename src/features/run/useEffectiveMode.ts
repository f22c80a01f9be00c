import { supportsComplete } from '../../core/request/buildRequest';
import type { ChatMode } from '../../core/types';
import { selectConnection, usePlayground } from '../../stores/playgroundStore';

/** The mode runs use: Complete only where the connection offers text completion. */
export function useEffectiveMode(): ChatMode {
  return usePlayground((s) =>
    s.mode === 'complete' && supportsComplete(selectConnection(s).provider) ? 'complete' : 'chat',
  );
}
