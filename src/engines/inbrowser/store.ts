// What the in-browser engine is doing right now, for the panel and the model
// list. Not persisted: a reload starts with no model in memory. This module
// must stay free of wllama so the first screen does not pull it in.

import { create } from 'zustand';
import type { LocalModelFile } from '../../core/models/inBrowserCatalog';
import type { GgufFacts } from '../../core/inbrowser/ggufFacts';
import type { EngineProblem } from '../../core/inbrowser/loadErrors';

export type EngineStatus = 'idle' | 'downloading' | 'loading' | 'ready' | 'error';

export interface InBrowserState {
  status: EngineStatus;
  /** The model being fetched, loaded, or that failed to load. */
  modelId: string | null;
  /** Bytes fetched so far; `total` is 0 while the server has not said. */
  progress: { loaded: number; total: number } | null;
  facts: GgufFacts | null;
  /** The loaded model's (first) file: the estimate reads the vocabulary in its header. */
  modelFile: Blob | null;
  /** Threads llama.cpp runs on, once a model is loaded. */
  threads: number | null;
  problem: EngineProblem | null;
  /** A run is generating: loading, unloading and cache removal wait. */
  busy: boolean;
  /** Model ids whose bytes are in the browser's cache (Hub and URL models). */
  cached: Readonly<Record<string, boolean>>;
  /** Files opened or dropped in this tab, by model id; the browser keeps no copy. */
  files: Readonly<Record<string, File>>;
  /** Custom URLs loaded in this tab. */
  urls: readonly string[];
  /** `models/index.json`, once fetched; empty when the host has none. */
  local: readonly LocalModelFile[] | null;
}

export const useInBrowserEngine = create<InBrowserState>()(() => ({
  status: 'idle',
  modelId: null,
  progress: null,
  facts: null,
  modelFile: null,
  threads: null,
  problem: null,
  busy: false,
  cached: {},
  files: {},
  urls: [],
  local: null,
}));

export const setEngineState = (patch: Partial<InBrowserState>): void =>
  useInBrowserEngine.setState(patch);
