import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { hasModelRules, isModelAllowed } from '../../core/config/modelRules';
import { connectionNeedsKey } from '../../core/connections/connectionRules';
import { withCatalogue } from '../../core/models/withCatalogue';
import { fetchInBrowserModels, useInBrowserListKey } from '../../engines/inbrowser/models';
import type { ModelInfo } from '../../core/types';
import { fetchModels } from '../../lib/transport';
import { useConfig } from '../../stores/configStore';
import { useActiveKey } from '../../stores/keyStore';
import type { SavedConnection } from '../../core/persistence/persistedState';
import { selectConnection, selectModel, usePlayground } from '../../stores/playgroundStore';

/** A cache key for the API key that does not contain the key itself. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

// Module-level so TanStack Query keeps the selected data stable between renders.
const addCatalogueFacts = (models: ModelInfo[]): ModelInfo[] => models.map(withCatalogue);

export function useModels() {
  const connection = usePlayground(selectConnection);
  const { apiKey } = useActiveKey();
  return useModelsFor(connection, apiKey);
}

/** The model list of any saved connection (compare columns each have their own). */
export function useModelsFor(connection: SavedConnection, apiKey: string) {
  // A key is there, or this server takes none (Ollama, LM Studio, in-browser).
  const keyReady = !connectionNeedsKey(connection) || apiKey.trim() !== '';
  // In-browser models are listed locally (catalogue, models/ folder, opened files), not fetched.
  const inBrowser = connection.provider === 'inbrowser';
  const inBrowserKey = useInBrowserListKey();
  // config.json's allow/deny lists: excluded models are never offered.
  const rules = useConfig((s) => s.config.models);
  const allowed = useCallback(
    (models: ModelInfo[]) => addCatalogueFacts(models.filter((m) => isModelAllowed(m.id, rules))),
    [rules],
  );
  const query = useQuery({
    queryKey: inBrowser
      ? ['models', 'inbrowser', inBrowserKey]
      : ['models', connection.provider, connection.baseUrl, fingerprint(apiKey)],
    queryFn: inBrowser
      ? () => fetchInBrowserModels()
      : ({ signal }) => fetchModels(connection.provider, connection.baseUrl, apiKey, signal),
    select: hasModelRules(rules) ? allowed : addCatalogueFacts,
    enabled: keyReady,
  });
  return { ...query, keyReady };
}

/** The selected model's facts, from the list when it is there. */
export function useSelectedModel(): { id: string | null; info?: ModelInfo } {
  const id = usePlayground(selectModel);
  const { data } = useModels();
  return { id, info: id ? data?.find((m) => m.id === id) : undefined };
}
