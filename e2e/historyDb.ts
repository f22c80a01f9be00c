import type { Page } from '@playwright/test';

/** Where the run history lives (src/features/history/historyDb.ts). */
export const HISTORY_DB_NAME = 'llm-playground-history';
export const HISTORY_STORE = 'runs';

/**
 * Everything the run history holds, as JSON text ('[]' when there is no
 * database yet). It never creates the database: an empty one made here would
 * stop the app from creating its store.
 */
export function dumpHistory(page: Page): Promise<string> {
  return page.evaluate(
    async ([name, store]) => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (!names.includes(name)) return '[]';
      return new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve('[]');
            return;
          }
          const read = db.transaction(store).objectStore(store).getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            db.close();
            resolve(JSON.stringify(read.result));
          };
        };
      });
    },
    [HISTORY_DB_NAME, HISTORY_STORE] as const,
  );
}
