import type Ajv from 'ajv/dist/core';
import type { SchemaDraft } from '../../core/structured/drafts';

export type Checker = typeof import('./checker');

export interface LoadedAjv {
  ajv: Ajv;
  /** What ajv logged during the last check (unknown keywords); see checkSchema. */
  warnings: string[];
  checker: Checker;
}

/** The schema checks, without ajv (enough to locate a JSON syntax error). */
export function loadChecker(): Promise<Checker> {
  return import('./checker');
}

// ajv (~35 KB gzip) is only needed once someone writes a schema or gets a
// structured answer, so it never ships in the first screen's bundle.
async function importCtor(draft: SchemaDraft): Promise<new (options: object) => Ajv> {
  if (draft === '2020-12') return (await import('ajv/dist/2020')).default;
  if (draft === '2019-09') return (await import('ajv/dist/2019')).default;
  return (await import('ajv')).default;
}

const loaded = new Map<SchemaDraft, Promise<LoadedAjv>>();

/** One ajv instance per draft, made on first use, with the checks that use it. */
export function loadAjv(draft: SchemaDraft): Promise<LoadedAjv> {
  let promise = loaded.get(draft);
  if (!promise) {
    promise = Promise.all([importCtor(draft), loadChecker()]).then(([Ctor, checker]) => {
      const warnings: string[] = [];
      return { ajv: new Ctor(checker.ajvOptions((w) => warnings.push(w))), warnings, checker };
    });
    // A failed chunk load (offline) may succeed later: do not cache the failure.
    promise.catch(() => loaded.delete(draft));
    loaded.set(draft, promise);
  }
  return promise;
}
