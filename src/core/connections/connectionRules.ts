import { corsHintFor, PRESETS, type ConnectionPreset } from '../dialects/presets';
import type { SavedConnection } from '../persistence/persistedState';

type ConnectionFacts = Pick<SavedConnection, 'provider' | 'preset'>;

function presetOf(connection: ConnectionFacts): ConnectionPreset | undefined {
  return PRESETS.find((p) => p.id === connection.preset && p.provider === connection.provider);
}

/**
 * Whether Send and the model list wait for a key. Local servers (Ollama,
 * LM Studio, llama.cpp, vLLM, Custom) usually take none; SipPulse always does.
 */
export function connectionNeedsKey(connection: ConnectionFacts): boolean {
  if (connection.provider === 'inbrowser') return false;
  if (connection.provider === 'sippulse') return true;
  return presetOf(connection)?.keyRequired ?? false;
}

/** What to do when the browser cannot reach this connection at all. */
export function networkHintFor(connection: ConnectionFacts, origin: string): string | undefined {
  const preset = presetOf(connection);
  return preset ? corsHintFor(preset, origin) : undefined;
}
