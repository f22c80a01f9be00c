import { useMemo } from 'react';
import { modelContext, paramsFor } from '../../core/params/registry';
import { resolveParams } from '../../core/params/resolve';
import { Switch } from '../../components/ui/Switch';
import { selectConnection, usePlayground } from '../../stores/playgroundStore';
import { useEffectiveMode } from '../run/useEffectiveMode';
import { useSelectedModel } from '../models/useModels';
import { ThinkingControls } from '../reasoning/ThinkingControls';
import { ListParam } from './ListParam';
import { NumberParam } from './NumberParam';
import { SelectParam } from './SelectParam';
import { useRawParams } from './useParamState';
import { useConfig } from '../../stores/configStore';

/** `lockAll`: every parameter read-only, as an embedding host can ask (features/embed). */
export function ParameterPanel({ lockAll = false }: { lockAll?: boolean }) {
  const { id, info } = useSelectedModel();
  const raw = useRawParams(id);
  const locked = useConfig((s) => s.config.params.locked);
  const setParam = usePlayground((s) => s.setParam);
  const resetParam = usePlayground((s) => s.resetParam);
  const stream = usePlayground((s) => s.stream);
  const setStream = usePlayground((s) => s.setStream);
  const provider = usePlayground((s) => selectConnection(s).provider);
  const mode = useEffectiveMode();
  const ctx = useMemo(
    () => (id ? modelContext(id, info, provider, mode) : null),
    [id, info, provider, mode],
  );
  const { errors } = useMemo(
    () => (ctx ? resolveParams(ctx, raw) : { errors: {} as Record<string, string> }),
    [ctx, raw],
  );

  return (
    <section className="panel-section" aria-labelledby="params-heading">
      <h2 id="params-heading">Parameters</h2>
      <Switch label="Stream" checked={stream} onChange={setStream} />
      {!ctx || !id ? (
        <p className="fine">Pick a model to see the parameters it takes.</p>
      ) : (
        <>
          <p className="fine">
            Only the parameters you set are sent; the rest use the server’s defaults.
          </p>
          {paramsFor(ctx).map((spec) => {
            const common = {
              raw: Object.hasOwn(raw, spec.key) ? raw[spec.key] : undefined,
              error: errors[spec.key],
              onChange: (value: string) => setParam(id, spec.key, value),
              onReset: () => resetParam(id, spec.key),
              locked: lockAll || locked.includes(spec.key),
            };
            switch (spec.control) {
              case 'number':
                return <NumberParam key={spec.key} spec={spec} ctx={ctx} {...common} />;
              case 'select':
                return <SelectParam key={spec.key} spec={spec} ctx={ctx} {...common} />;
              case 'list':
                return <ListParam key={spec.key} spec={spec} {...common} />;
            }
          })}
          <ThinkingControls ctx={ctx} />
        </>
      )}
    </section>
  );
}
