// Reads the deployment's optional config.json (next to index.html) once at
// start. The app renders at once with its defaults and applies the file when
// it arrives (usually before the first model list does): waiting would delay
// the first paint of every deployment, most of which have no file at all.

import type { ConfigProblem } from '../../core/config/types';
import { EMPTY_CONFIG } from '../../core/config/types';
import { useConfig } from '../../stores/configStore';
import { usePlayground } from '../../stores/playgroundStore';

/** A performance mark, so the time to a configured app can be measured. */
export const CONFIG_APPLIED_MARK = 'config-applied';

/** Static hosts answer these for a file that is not there (S3 says 403). */
const ABSENT = new Set([403, 404, 410]);

/**
 * No saved state yet, in the storage the playground itself uses (none in an
 * embedded frame): config defaults may fill it. Read before anything is saved.
 */
function isFreshProfile(): boolean {
  const { name, storage } = usePlayground.persist.getOptions();
  try {
    return name === undefined || !storage || storage.getItem(name) === null;
  } catch {
    return true; // storage blocked: nothing is ever saved, so every visit starts fresh
  }
}

const failed = (why: string): ConfigProblem => ({
  field: 'config.json',
  message: `could not be loaded (${why}); the app uses its defaults`,
  severity: 'error',
});

/** The file's text; nothing when there is no file; a problem when it could not be read. */
async function readConfigText(): Promise<{ text?: string; problem?: ConfigProblem }> {
  let response: Response;
  try {
    const url = new URL('config.json', document.baseURI);
    response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  } catch {
    return { problem: failed('the server could not be reached') };
  }
  if (ABSENT.has(response.status)) return {};
  if (!response.ok) return { problem: failed(`HTTP ${response.status}`) };
  // Hosts that send index.html for every unknown path (SPA fallback, `vite` in
  // development) mean "no such file", not "a broken file".
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) return {};
  return { text: await response.text() };
}

export async function loadRuntimeConfig(): Promise<void> {
  const fresh = isFreshProfile();
  try {
    const { text, problem } = await readConfigText();
    if (text === undefined) useConfig.getState().setLoaded(EMPTY_CONFIG, problem ? [problem] : []);
    else (await import('./applyRuntimeConfig')).applyRuntimeConfig(text, fresh);
  } catch (error) {
    useConfig
      .getState()
      .setLoaded(EMPTY_CONFIG, [failed(error instanceof Error ? error.message : String(error))]);
  }
  performance.mark(CONFIG_APPLIED_MARK);
}
