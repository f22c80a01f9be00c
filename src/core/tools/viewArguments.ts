import { parseToolArguments } from '../stream/runReducer';

/**
 * How a tool call's arguments are shown: pretty JSON when they parse; while
 * streaming, the raw text so far; once finished, the raw text with the reason
 * when they are not JSON (models do send broken arguments).
 */
export type ArgumentsView =
  | { kind: 'json'; pretty: string }
  | { kind: 'partial'; raw: string }
  | { kind: 'invalid'; raw: string; message: string };

export function viewArguments(raw: string, finished: boolean): ArgumentsView {
  const parsed = parseToolArguments({ arguments: raw });
  if (parsed.ok) return { kind: 'json', pretty: JSON.stringify(parsed.value, null, 2) };
  return finished ? { kind: 'invalid', raw, message: parsed.message } : { kind: 'partial', raw };
}
