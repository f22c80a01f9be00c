import { imagesForStorage } from '../../core/images/images';
import type { RunSnapshot } from '../../core/history/snapshot';
import { usePlayground } from '../../stores/playgroundStore';

/**
 * The editor as a run leaves it (the answer already committed), so a kept
 * run can be put back. Images follow the same budget as saved state.
 */
export function runSnapshot(model: string): RunSnapshot {
  const s = usePlayground.getState();
  return {
    mode: s.mode,
    system: s.system,
    messages: imagesForStorage(s.messages),
    prompt: s.prompt,
    suffix: s.suffix,
    params: { ...(s.paramsByModel[model] ?? {}) },
  };
}
