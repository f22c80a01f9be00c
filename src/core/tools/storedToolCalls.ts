import { isRecord } from '../dialects/wire';
import type { ToolCall } from '../types';

/**
 * Tool calls read back from storage: only well-formed ones, rebuilt field by
 * field, so a hand-edited or corrupt entry can neither crash the cards nor
 * reach the API as something else.
 */
export function sanitiseToolCalls(raw: unknown): ToolCall[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const calls: ToolCall[] = [];
  for (const item of raw) {
    if (!isRecord(item) || typeof item.id !== 'string') continue;
    const fn = Object.hasOwn(item, 'function') ? item.function : undefined;
    if (!isRecord(fn) || typeof fn.name !== 'string' || typeof fn.arguments !== 'string') continue;
    calls.push({
      id: item.id,
      type: 'function',
      function: { name: fn.name, arguments: fn.arguments },
    });
  }
  return calls.length > 0 ? calls : undefined;
}
