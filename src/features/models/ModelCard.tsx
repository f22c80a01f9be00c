import type { ModelInfo } from '../../core/types';
import { CapabilityBadges } from './CapabilityBadges';

const tokens = new Intl.NumberFormat('en-US');
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 3,
});

function Fact({ label, value }: { label: string; value: string | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={value === undefined ? 'unknown' : undefined}>{value ?? 'unknown'}</dd>
    </>
  );
}

const SOURCE_TEXT: Record<ModelInfo['factSource'], string> = {
  api: 'Facts from the API.',
  catalogue: 'Facts from the built-in catalogue (list prices), not from this API.',
  mixed: 'Facts from the API, completed from the built-in catalogue.',
  none: 'The API gave no facts about this model.',
};

export function ModelCard({ model }: { model: ModelInfo }) {
  return (
    <section className="model-card" aria-label="Model card">
      <div className="model-card-head">
        <strong>{model.id}</strong>
        <CapabilityBadges model={model} />
      </div>
      <dl>
        <Fact
          label="Context window"
          value={
            model.contextWindow !== undefined
              ? `${tokens.format(model.contextWindow)} tokens`
              : undefined
          }
        />
        <Fact
          label="Max output"
          value={
            model.maxOutputTokens !== undefined
              ? `${tokens.format(model.maxOutputTokens)} tokens`
              : undefined
          }
        />
        <Fact
          label="Input price"
          value={
            model.inputPrice !== undefined
              ? `${dollars.format(model.inputPrice)} / 1M tokens`
              : undefined
          }
        />
        <Fact
          label="Output price"
          value={
            model.outputPrice !== undefined
              ? `${dollars.format(model.outputPrice)} / 1M tokens`
              : undefined
          }
        />
        <Fact
          label="Capabilities"
          value={
            [
              model.resources.includes('tools') ? 'tool calling' : '',
              model.resources.includes('json_schema') ? 'structured output' : '',
              model.reasoning ? 'reasoning' : '',
            ]
              .filter(Boolean)
              .join(', ') || 'text'
          }
        />
      </dl>
      <p className="fine">{SOURCE_TEXT[model.factSource]}</p>
    </section>
  );
}
