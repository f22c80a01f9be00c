import { useEffect, useState } from 'react';
import { afterPaint } from './nextFrame';

/**
 * Whether the browser has painted a frame since `value` was first rendered.
 * A view that renders `value` can lay out what shows at once first and the
 * rest a frame later, rather than all of it in a frame that is already full.
 */
export function usePaintedSince(value: unknown): boolean {
  // Boxed: a function value would otherwise be taken for a state updater.
  const [painted, setPainted] = useState<{ value: unknown } | null>(null);
  const done = painted !== null && painted.value === value;
  useEffect(() => {
    if (done) return;
    let mounted = true;
    void afterPaint().then(() => mounted && setPainted({ value }));
    return () => {
      mounted = false;
    };
  }, [value, done]);
  return done;
}
