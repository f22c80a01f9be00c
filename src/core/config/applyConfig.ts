import {
  IN_BROWSER_CONNECTION_ID,
  type PersistedState,
  type SavedConnection,
} from '../persistence/persistedState';
import { hasModelRules, isModelAllowed } from './modelRules';
import type { ConfigConnection, RuntimeConfig } from './types';

type ConnectionState = Pick<PersistedState, 'connections' | 'activeConnectionId'>;

/** Config connections get stable ids, so a reload never adds them twice. */
export function configConnectionId(connection: ConfigConnection): string {
  return connection.provider === 'inbrowser'
    ? IN_BROWSER_CONNECTION_ID
    : `config:${connection.name.toLowerCase()}`;
}

function toSaved(connection: ConfigConnection): SavedConnection {
  return {
    id: configConnectionId(connection),
    name: connection.name,
    provider: connection.provider,
    preset: connection.preset,
    baseUrl: connection.baseUrl,
    model: null,
  };
}

/**
 * The connections after config.json is applied. Connections, the default
 * connection and the default model are only a starting point: they apply to
 * a fresh profile and never replace what a returning user saved. Two things
 * always apply: models the allow/deny lists exclude are unselected, and when
 * connection editing is off (the user cannot add or switch connections) the
 * configured connections are present and the default one is active.
 *
 * Returns null when nothing changes.
 */
export function applyConfigToConnections(
  state: ConnectionState,
  config: RuntimeConfig,
  fresh: boolean,
): ConnectionState | null {
  const seed = fresh || !config.features.connectionEditing;
  let connections = state.connections;
  let activeConnectionId = state.activeConnectionId;
  if (seed) {
    const have = new Set(connections.map((c) => c.id));
    const added = config.connections
      .filter((c) => c.provider !== 'inbrowser' && !have.has(configConnectionId(c)))
      .map(toSaved);
    if (added.length > 0) connections = [...connections, ...added];
    const wanted = config.connections.find((c) => c.name === config.defaultConnection);
    if (wanted) activeConnectionId = configConnectionId(wanted);
  }
  if (fresh && config.defaultModel !== undefined) {
    const model = config.defaultModel;
    connections = connections.map((c) => (c.id === activeConnectionId ? { ...c, model } : c));
  }
  if (hasModelRules(config.models)) {
    connections = connections.map((c) =>
      c.model !== null && !isModelAllowed(c.model, config.models) ? { ...c, model: null } : c,
    );
  }
  const changed =
    activeConnectionId !== state.activeConnectionId ||
    connections.length !== state.connections.length ||
    connections.some((c, i) => c !== state.connections[i]);
  return changed ? { connections, activeConnectionId } : null;
}
