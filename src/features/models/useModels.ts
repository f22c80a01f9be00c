import { useQuery } from '@tanstack/react-query';
import { withCatalogue } from '../../core/models/withCatalogue';
import type { ModelInfo } from '../../core/types';
import { fetchModels } from '../../lib/transport';
import { useKeyStore } from '../../stores/keyStore';
import { usePlayground } from '../../stores/playgroundStore';

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
  const connection = usePlayground((s) => s.connection);
  const apiKey = useKeyStore((s) => s.apiKey);
  const hasKey = apiKey.trim() !== '';
  const query = useQuery({
    queryKey: ['models', connection.provider, connection.baseUrl, fingerprint(apiKey)],
    queryFn: ({ signal }) => fetchModels(connection.provider, connection.baseUrl, apiKey, signal),
    select: addCatalogueFacts,
    enabled: hasKey,
  });
  return { ...query, hasKey };
}

/** The selected model's facts, from the list when it is there. */
export function useSelectedModel(): { id: string | null; info?: ModelInfo } {
  const id = usePlayground((s) => s.model);
  const { data } = useModels();
  return { id, info: id ? data?.find((m) => m.id === id) : undefined };
}
