import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { configValidator } from './vite/configValidator.ts';
import { cspMeta } from './vite/csp.ts';
import { embedExample } from './vite/embedExample.ts';
import { embedValidators } from './vite/embedValidators.ts';
import { firstScreenChunk } from './vite/firstScreenChunk.ts';
import { localModels } from './vite/localModels.ts';
import { sessionValidator } from './vite/sessionValidator.ts';
import { themeBoot } from './vite/themeBoot.ts';

const firstScreen = firstScreenChunk();

// A relative base makes dist/ work from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    localModels(),
    embedValidators(),
    embedExample(),
    configValidator(),
    sessionValidator(),
    themeBoot(),
    cspMeta(),
    firstScreen.plugin,
  ],
  // The tokenizer worker loads one encoding at a time (dynamic imports need ES workers).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // The first screen as one file: see vite/firstScreenChunk.ts.
    rolldownOptions: { output: { codeSplitting: { groups: [firstScreen.group] } } },
  },
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.unit.test.ts', 'vite/**/*.test.ts'],
    environment: 'node',
  },
});
