import type { ModelInfo } from '../../core/types';

export function CapabilityBadges({ model }: { model: ModelInfo }) {
  return (
    <span className="badges">
      {model.resources.includes('tools') && (
        <span className="badge badge-agent" title="Supports tool calling">
          Agent
        </span>
      )}
      {model.resources.includes('json_schema') && (
        <span className="badge badge-json" title="Supports structured output (JSON Schema)">
          JSON
        </span>
      )}
    </span>
  );
}
