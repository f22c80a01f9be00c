import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './e2e/chromium.mjs';

// E2E_PORT and E2E_DIST let two checkouts or builds run their suites side by side.
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
export const SUBPATH_PORT = APP_PORT + 1;
const DIST = process.env.E2E_DIST ?? 'dist';

/**
 * The in-browser engine's test model, served as `models/` like `npm start`
 * serves the project's folder (never copied into the repository).
 */
const localModels = (prefix: string) =>
  [
    `--extra ${prefix}models/stories260K.gguf=../shared/models/stories260K.gguf`,
    `--extra ${prefix}models/index.json=e2e/fixtures/models-index.json`,
  ].join(' ');

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable,
      // Debian's Chromium is the full browser in headless mode: each new context
      // (one per test) opens a window that preloads the WebUI omnibox popups in
      // a renderer of their own. No test uses an omnibox; without them a context
      // starts in ~0.1-0.2 s less and ~0.2 s less CPU.
      args: [...chromiumArgs, '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'],
    },
  },
  webServer: [
    {
      command: `node e2e/fixtures/static-server.mjs --root ${DIST} --prefix / --port ${APP_PORT} ${localModels('/')}`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node e2e/fixtures/static-server.mjs --root ${DIST} --prefix /some/path/ --port ${SUBPATH_PORT} ${localModels('/some/path/')}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/some/path/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
