import type { ProviderId } from '../types';
import { openai } from './openai';
import { inbrowser } from './inbrowser';
import { sippulse } from './sippulse';
import type { Dialect } from './types';

export type { Dialect } from './types';

const dialects: Record<ProviderId, Dialect> = { sippulse, openai, inbrowser };

export function dialectFor(provider: ProviderId): Dialect {
  return dialects[provider];
}

export const availableDialects: readonly Dialect[] = Object.values(dialects);
