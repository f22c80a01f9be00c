import type { ProviderId } from '../types';
import { sippulse } from './sippulse';
import type { Dialect } from './types';

export type { Dialect } from './types';

const dialects: Partial<Record<ProviderId, Dialect>> = { sippulse };

export function dialectFor(provider: ProviderId): Dialect {
  const dialect = dialects[provider];
  if (!dialect) throw new Error(`No dialect for provider "${provider}" yet.`);
  return dialect;
}

export const availableDialects: readonly Dialect[] = Object.values(dialects);
