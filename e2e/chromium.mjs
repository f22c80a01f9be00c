// One description of the browser that tests and benchmarks launch: Debian's
// Chromium where it is installed (Playwright cannot download browsers on
// this project's machines), CHROMIUM_PATH to override, else Playwright's own.
import { existsSync } from 'node:fs';

export const chromiumExecutable =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
