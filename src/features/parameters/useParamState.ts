import { useMemo } from 'react';
import { rawParamsFor } from '../../core/config/params';
import { useConfig } from '../../stores/configStore';
import { usePlayground } from '../../stores/playgroundStore';

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The raw values for the selected model: what the user set, else config.json's
 * defaults, with its locked parameters on top (see core/config/params).
 */
export function useRawParams(model: string | null): Readonly<Record<string, string>> {
  const stored = usePlayground((s) => (model ? s.paramsByModel[model] : undefined));
  const rules = useConfig((s) => s.config.params);
  return useMemo(() => (model ? rawParamsFor(stored, rules) : EMPTY), [model, stored, rules]);
}
