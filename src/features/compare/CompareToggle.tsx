import { useCompareMode } from './compareMode';

/** Turns compare mode on and off (first screen: the view itself loads lazily). */
export function CompareToggle() {
  const on = useCompareMode((s) => s.on);
  const setOn = useCompareMode((s) => s.setOn);
  return (
    <button type="button" aria-pressed={on} onClick={() => setOn(!on)}>
      Compare
    </button>
  );
}
