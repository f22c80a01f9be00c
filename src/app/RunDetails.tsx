import { Tabs } from 'radix-ui';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useUi } from '../stores/uiStore';
// Keeps every run in the history from the first one (the panel itself is lazy).
import '../features/history/recordRuns';

interface DetailsTab {
  id: string;
  label: string;
  Panel: LazyExoticComponent<ComponentType>;
}

/** A tab whose panel is its own lazy chunk, so none of it weighs on the first screen. */
function detailsTab(
  id: string,
  label: string,
  load: () => Promise<{ default: ComponentType }>,
): DetailsTab {
  return { id, label, Panel: lazy(load) };
}

/** The third zone: what happened in the runs. Features add one entry each. */
const TABS: DetailsTab[] = [
  detailsTab('inspect', 'Inspect', () => import('../features/inspect/InspectPanel')),
  detailsTab('history', 'History', () => import('../features/history/HistoryPanel')),
  detailsTab('repeat', 'Repeat', () => import('../features/repeat/RepeatPanel')),
];

/** Whether the zone has anything to show: App leaves it out until a feature contributes a tab. */
export const HAS_RUN_DETAILS = TABS.length > 0;

/** The zone's tabs; App places them in the right column or, on narrow screens, a drawer. */
export function RunDetails() {
  const tab = useUi((s) => s.detailsTab);
  const setTab = useUi((s) => s.setDetailsTab);
  if (TABS.length === 0) return null;
  const current = TABS.some((t) => t.id === tab) ? tab : TABS[0]!.id;
  return (
    <div className="details-panel">
      <Tabs.Root value={current} onValueChange={setTab}>
        <Tabs.List aria-label="Run details" className="tabs-list">
          {TABS.map((t) => (
            <Tabs.Trigger key={t.id} value={t.id} className="tab">
              {t.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {TABS.map((t) => (
          <Tabs.Content key={t.id} value={t.id}>
            <Suspense fallback={<p className="fine">Loading…</p>}>
              <t.Panel />
            </Suspense>
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </div>
  );
}
