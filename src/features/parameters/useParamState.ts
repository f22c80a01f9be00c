import { usePlayground } from '../../stores/playgroundStore';

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});

/** The raw values the user set for the selected model. */
export function useRawParams(model: string | null): Readonly<Record<string, string>> {
  return usePlayground((s) => (model ? (s.paramsByModel[model] ?? EMPTY) : EMPTY));
}
