import { PRESETS, type ConnectionPreset } from '../dialects/presets';
import type { SavedConnection } from '../persistence/persistedState';
import type { ProviderId } from '../types';

/** What the Connection dialog edits: a saved connection minus its id and model. */
export interface ConnectionFields {
  name: string;
  provider: ProviderId;
  preset: string;
  baseUrl: string;
}

export const IN_BROWSER_PRESET = 'inbrowser';

export function validateBaseUrl(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return 'Use an http:// or https:// URL.';
    if (url.username || url.password)
      return 'Do not put credentials in the URL; use the API key field.';
    return undefined;
  } catch {
    return 'Enter a full URL, for example https://api.sippulse.ai';
  }
}

/** A name no other saved connection has: "Ollama", then "Ollama 2", … */
export function uniqueName(
  wanted: string,
  others: readonly Pick<SavedConnection, 'name'>[],
): string {
  const taken = new Set(others.map((c) => c.name));
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted} ${n}`)) n += 1;
  return `${wanted} ${n}`;
}

export function presetById(id: string): ConnectionPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/**
 * Fields after the user picks a preset: its provider and URL, and its label
 * as the name unless the user had typed a name of their own.
 */
export function applyPreset(current: ConnectionFields, presetId: string): ConnectionFields {
  if (presetId === IN_BROWSER_PRESET) {
    return { name: current.name, provider: 'inbrowser', preset: IN_BROWSER_PRESET, baseUrl: '' };
  }
  const preset = presetById(presetId);
  if (!preset) return current;
  const previous = presetById(current.preset);
  const nameWasDefault = current.name.trim() === '' || current.name === previous?.label;
  return {
    name: nameWasDefault ? preset.label : current.name,
    provider: preset.provider,
    preset: preset.id,
    // Custom keeps whatever the user typed.
    baseUrl: preset.baseUrl === '' ? current.baseUrl : preset.baseUrl,
  };
}

/** Fields for a new connection, from a preset. */
export function newConnectionFields(presetId = 'sippulse'): ConnectionFields {
  return applyPreset({ name: '', provider: 'sippulse', preset: 'sippulse', baseUrl: '' }, presetId);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** The saved form of what the dialog holds (trimmed URL, a non-empty name). */
export function finishFields(fields: ConnectionFields): ConnectionFields {
  const baseUrl = fields.baseUrl.trim().replace(/\/+$/, '');
  const preset = presetById(fields.preset);
  const fallback = preset && preset.baseUrl !== '' ? preset.label : hostOf(baseUrl);
  return { ...fields, baseUrl, name: fields.name.trim() || fallback };
}
