import { lazy, Suspense } from 'react';
import type { ModelContext } from '../../core/params/registry';
import { thinkingApplies } from '../../core/reasoning/thinking';

const ThinkingPanel = lazy(() =>
  import('./ThinkingPanel').then((m) => ({ default: m.ThinkingPanel })),
);

/** Extended thinking, for Claude models only (its controls load when one is picked). */
export function ThinkingControls({ ctx }: { ctx: ModelContext }) {
  if (!thinkingApplies(ctx)) return null;
  return (
    <Suspense fallback={null}>
      <ThinkingPanel ctx={ctx} />
    </Suspense>
  );
}
