// Tool names, apart from the definition checks: the request, the send
// blockers and the stored state need only these in the first screen's bundle.

import { isRecord } from '../dialects/wire';

/** The function name rule of OpenAI-compatible APIs (and SipPulse's). */
export const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

/** The tool's name as far as it can be read, for labels (even when the tool is invalid). */
export function toolNameOf(source: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(source) as unknown;
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const fn = Object.hasOwn(value, 'function') ? value.function : undefined;
  const holder = isRecord(fn) ? fn : value;
  const name = Object.hasOwn(holder, 'name') ? holder.name : undefined;
  return typeof name === 'string' && name !== '' ? name : undefined;
}
