import { Select } from '../../components/ui/Select';
import { usePlayground } from '../../stores/playgroundStore';

/** Switches between saved connections; each keeps its own key and last model. */
export function ConnectionSwitcher() {
  const connections = usePlayground((s) => s.connections);
  const activeId = usePlayground((s) => s.activeConnectionId);
  const switchConnection = usePlayground((s) => s.switchConnection);
  return (
    <Select
      label="Active connection"
      value={activeId}
      options={connections.map((c) => ({ value: c.id, label: c.name }))}
      onChange={switchConnection}
    />
  );
}
