import type { Dialect } from './types';

// The in-browser engine is not reached over HTTP: these "URLs" only name the
// operation in a PreparedRequest, which the engine reads instead of fetching.
export const inbrowser: Dialect = {
  id: 'inbrowser',
  label: 'In-browser (llama.cpp)',
  defaultBaseUrl: '',
  auth: { header: '', prefix: '', envVar: '' },
  modelsUrl: () => 'inbrowser:models',
  completionUrl: () => 'inbrowser:chat/completions',
  textCompletionUrl: () => 'inbrowser:completions',
  sdkBaseUrl: () => '',
  parseModels: () => [],
};
