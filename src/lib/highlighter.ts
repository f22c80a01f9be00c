import type { HighlightLanguage } from '../core/markdown/languages';
import type { HighlightJob, HighlightReply } from './highlightWorker';

export type { HighlightLanguage };

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (html: string) => void; reject: (e: Error) => void }>();

function failAll(error: Error) {
  for (const job of waiting.values()) job.reject(error);
  waiting.clear();
}

/**
 * The highlighting worker, started on first use. Shiki, its themes and the
 * grammars load there; a worker that fails to start (say, offline before its
 * script was cached) is dropped so the next call tries again.
 */
function highlightWorker(): Worker {
  if (!worker) {
    const started = new Worker(new URL('./highlightWorker.ts', import.meta.url), {
      type: 'module',
    });
    started.onmessage = (event: MessageEvent<HighlightReply>) => {
      const reply = event.data;
      const job = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('html' in reply) job?.resolve(reply.html);
      else job?.reject(new Error(reply.error));
    };
    started.onerror = () => {
      started.terminate();
      if (worker === started) worker = null;
      failAll(new Error('The highlighter could not start.'));
    };
    worker = started;
  }
  return worker;
}

/**
 * shiki's HTML for the code, each colour as `light-dark(light, dark)`.
 * Rejects when the highlighter or the grammar cannot load: the caller keeps
 * the plain code.
 */
export function highlight(code: string, lang: HighlightLanguage): Promise<string> {
  return new Promise((resolve, reject) => {
    const id = ++nextId;
    waiting.set(id, { resolve, reject });
    highlightWorker().postMessage({ id, code, lang } satisfies HighlightJob);
  });
}
