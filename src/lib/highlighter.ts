import type { HighlightLanguage } from '../core/markdown/languages';
import type { HighlightJob, HighlightReply } from './highlightWorker';
import { workerClient } from './workerClient';

export type { HighlightLanguage };

// Shiki, its themes and the grammars load in the worker, on first use.
const post = workerClient<Omit<HighlightJob, 'id'>, HighlightReply>(
  () => new Worker(new URL('./highlightWorker.ts', import.meta.url), { type: 'module' }),
);

/**
 * shiki's HTML for the code, each colour as `light-dark(light, dark)`.
 * Rejects when the highlighter or the grammar cannot load: the caller keeps
 * the plain code.
 */
export async function highlight(code: string, lang: HighlightLanguage): Promise<string> {
  const reply = await post({ code, lang });
  if ('error' in reply) throw new Error(reply.error);
  return reply.html;
}
