import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { configValidator } from './vite/configValidator.ts';
import { cspMeta } from './vite/csp.ts';
import { embedExample } from './vite/embedExample.ts';
import { embedValidators } from './vite/embedValidators.ts';
import { localModels } from './vite/localModels.ts';

// A relative base makes dist/ work from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    localModels(),
    embedValidators(),
    embedExample(),
    configValidator(),
    cspMeta(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.unit.test.ts', 'vite/**/*.test.ts'],
    environment: 'node',
  },
});
