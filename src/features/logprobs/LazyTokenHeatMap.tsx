import { lazy, Suspense, type ComponentProps } from 'react';
import type { TokenHeatMap as HeatMap } from './TokenHeatMap';

// The heat map and its popover load when an answer is first shown with probabilities.
const TokenHeatMapView = lazy(() =>
  import('./TokenHeatMap').then((m) => ({ default: m.TokenHeatMap })),
);

/** `TokenHeatMap` behind a lazy boundary; the text shows plain while it loads. */
export function LazyTokenHeatMap(props: ComponentProps<typeof HeatMap>) {
  return (
    <Suspense fallback={<div className="message-text">{props.content}</div>}>
      <TokenHeatMapView {...props} />
    </Suspense>
  );
}
