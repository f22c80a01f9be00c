// The in-browser model list, without wllama: the picker and the panel read
// it on the first screen, and only loading a model pulls the engine in.

import {
  curatedModel,
  hubUrl,
  isHttpUrl,
  listInBrowserModels,
  openedFileId,
  parseLocalModelIndex,
  resolveModelSource,
  type LocalModelFile,
} from '../../core/models/inBrowserCatalog';
import type { WllamaCodeSource } from '../../core/codegen/wllama';
import type { ModelInfo } from '../../core/types';
import { selectModel, usePlayground } from '../../stores/playgroundStore';
import { setEngineState, useInBrowserEngine } from './store';

let localIndex: Promise<LocalModelFile[]> | null = null;

/** Resolved against the page, so the app works from any sub-path. */
export function appUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/**
 * `models/index.json`, which `npm start` / `vite preview` serve from the
 * project's `models/` folder. A static host has none: that means no local
 * models, silently. Fetched once per page.
 */
export function localModels(): Promise<LocalModelFile[]> {
  localIndex ??= fetch(appUrl('models/index.json'), { cache: 'no-cache' })
    .then(async (response) => (response.ok ? parseLocalModelIndex(await response.json()) : []))
    .catch(() => [])
    .then((files) => {
      setEngineState({ local: files });
      return files;
    });
  return localIndex;
}

/**
 * Ids this tab added (opened files, custom URLs, whatever is loaded) and the
 * saved selection, so a URL or file picked before a reload stays listed.
 */
function sessionIds(): string[] {
  const s = useInBrowserEngine.getState();
  const ids = [...Object.keys(s.files), ...s.urls];
  if (s.modelId) ids.push(s.modelId);
  const selected = selectModel(usePlayground.getState());
  if (selected) ids.push(selected);
  return ids;
}

/** The picker's list for the in-browser provider. */
export async function fetchInBrowserModels(): Promise<ModelInfo[]> {
  const local = await localModels();
  const s = useInBrowserEngine.getState();
  const loaded =
    s.status === 'ready' && s.modelId && s.facts
      ? {
          id: s.modelId,
          // The usable window: what was allocated, never more than the model was trained on.
          contextWindow: Math.min(s.facts.loadedContext, s.facts.trainedContext ?? Infinity),
        }
      : undefined;
  return listInBrowserModels(local, sessionIds(), loaded);
}

/**
 * Changes whenever the list above would: the model query keys on it. Only
 * what the list reads, so download progress does not refetch the list.
 */
export function useInBrowserListKey(): string {
  return useInBrowserEngine((s) =>
    [
      s.local?.length ?? -1,
      Object.keys(s.files).join('|'),
      s.urls.join('|'),
      s.status === 'ready' ? `${s.modelId}@${s.facts?.loadedContext}` : '',
    ].join(';'),
  );
}

/** Keeps an opened or dropped file for this tab and returns its model id. */
export function registerFile(file: File): string {
  const id = openedFileId(file.name);
  setEngineState({ files: { ...useInBrowserEngine.getState().files, [id]: file } });
  return id;
}

export function registerUrl(url: string): string {
  const urls = useInBrowserEngine.getState().urls;
  if (!urls.includes(url)) setEngineState({ urls: [...urls, url] });
  return url;
}

/** How View Code's snippet should get model `id`'s file. */
export function inBrowserCodeSource(id: string): WllamaCodeSource {
  const s = useInBrowserEngine.getState();
  const curated = curatedModel(id);
  // Known once loaded; before that the catalogue says, and other files are assumed to chat.
  const chatTemplate =
    s.modelId === id && s.facts ? s.facts.chatTemplate : (curated?.chatTemplate ?? true);
  // A curated model's snippet uses the Hub even when this machine has a local copy.
  if (curated) return { url: hubUrl(curated.repo, curated.file), chatTemplate };
  const source = resolveModelSource(id, s.local ?? []);
  if (source?.kind === 'local') return { localPath: source.appUrl, chatTemplate };
  if (source?.kind === 'file') return { fileName: source.name, chatTemplate };
  if (isHttpUrl(id)) return { url: id, chatTemplate };
  return { chatTemplate };
}
