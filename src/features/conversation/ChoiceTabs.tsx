import { Tabs } from 'radix-ui';
import type { ReactNode } from 'react';

/**
 * The alternatives of an `n > 1` run as tabs "Choice 1", "Choice 2", …; the
 * picked one is what the conversation continues from (or Accept merges).
 */
export function ChoiceTabs({
  count,
  selected,
  onSelect,
  render,
}: {
  count: number;
  selected: number;
  onSelect(index: number): void;
  render(index: number): ReactNode;
}) {
  const indexes = Array.from({ length: count }, (_, i) => i);
  return (
    <Tabs.Root
      className="choice-tabs"
      value={String(selected)}
      onValueChange={(value) => onSelect(Number(value))}
    >
      <Tabs.List aria-label="Choices" className="tabs-list">
        {indexes.map((i) => (
          <Tabs.Trigger key={i} value={String(i)} className="tab">
            Choice {i + 1}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {indexes.map((i) => (
        <Tabs.Content key={i} value={String(i)}>
          {render(i)}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
