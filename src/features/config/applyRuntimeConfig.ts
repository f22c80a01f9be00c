// Everything that runs only when a deployment has a config.json: parsing and
// validating it, and applying it to the stores and the page. Loaded lazily,
// so deployments without the file never download it.

import { applyConfigToConnections } from '../../core/config/applyConfig';
import { readableTextOn } from '../../core/config/contrast';
import { parseConfig } from '../../core/config/parseConfig';
import type { RuntimeConfig } from '../../core/config/types';
import { useConfig } from '../../stores/configStore';
import { usePlayground } from '../../stores/playgroundStore';

function isColor(value: string): boolean {
  return typeof CSS !== 'undefined' && CSS.supports('color', value);
}

/** The colour as `#rrggbb` however it was written, via the canvas's own colour parser. */
function normalisedColor(value: string): string | undefined {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.fillStyle = value;
  return typeof ctx.fillStyle === 'string' ? ctx.fillStyle : undefined;
}

function applyBranding(config: RuntimeConfig): void {
  if (config.title !== undefined) document.title = config.title;
  if (config.accentColor !== undefined) {
    const root = document.documentElement.style;
    root.setProperty('--accent', config.accentColor);
    const text = readableTextOn(normalisedColor(config.accentColor) ?? '');
    if (text) root.setProperty('--accent-text', text);
  }
}

/** Parses config.json's text and applies what is valid; the rest goes to the banner. */
export function applyRuntimeConfig(text: string, fresh: boolean): void {
  const { config, problems } = parseConfig(text, { isColor });
  useConfig.getState().setLoaded(config, problems);
  const next = applyConfigToConnections(usePlayground.getState(), config, fresh);
  if (next) usePlayground.setState(next);
  applyBranding(config);
}
