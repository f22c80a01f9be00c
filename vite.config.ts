import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { localModels } from './vite/localModels.ts';

// A relative base makes dist/ work from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), localModels()],
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
