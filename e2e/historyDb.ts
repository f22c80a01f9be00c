import type { Page } from '@playwright/test';

/** Where the run history lives (src/features/history/historyDb.ts). */
export const HISTORY_DB_NAME = 'llm-playground-history';

/**
 * Everything the run history holds, every store, as JSON text ('[]' when there
 * is no database yet or it is empty). It never creates the database: an empty
 * one made here would stop the app from creating its stores.
 */
export function dumpHistory(page: Page): Promise<string> {
  return page.evaluate(async (name) => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes(name)) return '[]';
    return new Promise<string>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const stores = [...db.objectStoreNames];
        if (stores.length === 0) {
          db.close();
          resolve('[]');
          return;
        }
        const tx = db.transaction(stores);
        const records: unknown[] = [];
        for (const store of stores) {
          const read = tx.objectStore(store).getAll();
          read.onsuccess = () => records.push(...(read.result as unknown[]));
        }
        tx.onerror = () => reject(tx.error);
        tx.oncomplete = () => {
          db.close();
          resolve(JSON.stringify(records));
        };
      };
    });
  }, HISTORY_DB_NAME);
}

/** A run as version 1 of the history kept it (one `runs` store, no list items). */
export interface KeptRun {
  id: string;
  startedAt: number;
  model: string;
  question: string;
  answer: string;
}

/**
 * Creates the history database as the app's first version left it, with
 * `runs`, and keeps that connection open when `hold` is set (an old tab that
 * never closes it): returns once it exists.
 */
export function seedVersion1History(page: Page, runs: KeptRun[], hold = false): Promise<void> {
  return page.evaluate(
    ([name, runs, hold]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('runs', { keyPath: 'id' });
          store.createIndex('startedAt', 'startedAt');
          for (const run of runs)
            store.put({
              id: run.id,
              startedAt: run.startedAt,
              model: run.model,
              connectionId: 'gone',
              connectionLabel: 'Old connection',
              status: 'done',
              answer: run.answer,
              summary: { status: 'done', model: run.model, durationMs: 1500 },
              request: {
                provider: 'openai',
                mode: 'chat',
                method: 'POST',
                url: 'https://api.example.com/v1/chat/completions',
                headers: {},
                auth: { header: 'Authorization', prefix: 'Bearer ', envVar: 'OPENAI_API_KEY' },
                body: {},
                stream: true,
              },
              snapshot: {
                mode: 'chat',
                system: '',
                messages: [
                  { id: `u-${run.id}`, role: 'user', content: run.question },
                  { id: `a-${run.id}`, role: 'assistant', content: run.answer },
                ],
                prompt: '',
                suffix: '',
                params: {},
              },
              size: 1000,
            });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (hold) (window as unknown as { heldHistory: IDBDatabase }).heldHistory = open.result;
          else open.result.close();
          resolve();
        };
      }),
    [HISTORY_DB_NAME, runs, hold] as const,
  );
}
