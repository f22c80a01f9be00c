import { useRunStore } from './runStore';

export function useIsRunning(): boolean {
  return useRunStore((s) => s.active !== null);
}
