import { create } from 'zustand';
import { defaultRawParams } from '../core/config/params';
import type { RawParams } from '../core/params/resolve';
import { EMPTY_CONFIG, type ConfigProblem, type RuntimeConfig } from '../core/config/types';

// The deployment's config.json, once loaded (features/config/loadConfig).
// Not persisted: the file is read again on every start, so a deployment's
// changes apply at the next visit.

interface ConfigState {
  /** 'loading' until the file was read, found missing, or failed. */
  status: 'loading' | 'ready';
  config: RuntimeConfig;
  /** What was ignored and why; shown in a banner until dismissed. */
  problems: ConfigProblem[];
  dismissed: boolean;
  setLoaded(config: RuntimeConfig, problems: ConfigProblem[]): void;
  dismiss(): void;
}

export const useConfig = create<ConfigState>()((set) => ({
  status: 'loading',
  config: EMPTY_CONFIG,
  problems: [],
  dismissed: false,
  setLoaded: (config, problems) => set({ status: 'ready', config, problems, dismissed: false }),
  dismiss: () => set({ dismissed: true }),
}));

/** The configured parameter defaults as panel text: where a model's parameters start. */
export function configParamDefaults(): RawParams {
  return defaultRawParams(useConfig.getState().config.params);
}
