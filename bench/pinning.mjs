// The streaming measures' CPU split: on Linux with two or more CPUs, the
// bench's own process (which serves the fixture stream) runs on the first CPU
// and a browser of its own on the others.
//
// Why: the server is not on the user's machine, but the fixture
// server is on this one. Unpinned, on 2 cores, the server and the browser
// fight for the same CPUs, so how fast the stream is written depends on how
// much CPU the page reading it uses, and on whatever else runs. Measured on
// the same build, 12 rounds each, 20,000-chunk stream:
//   unpinned: bare page 212-485 ms, app 229-583 ms; median ratio 1.08 in one
//             run, 1.48 in the next;
//   pinned:   bare page 193-311 ms, app 231-315 ms; median ratio 1.27, 1.18.
// Pinned, the browser has one CPU for everything it does (the page's main
// thread, raster, compositing, network), so the ratio is the app's whole
// cost against the bare page's, which is stricter, not kinder: the markdown
// stream's median ratio went from 1.35-1.66 unpinned to 1.9-2.15 pinned.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const cpus = availableParallelism();
const BENCH_CPUS = '0';
const BROWSER_CPUS = cpus > 2 ? `1-${cpus - 1}` : '1';

function taskset(args) {
  execFileSync('taskset', args, { stdio: 'ignore' });
}

/** Whether this machine can pin: Linux's taskset and at least two CPUs. */
export const canPin = (() => {
  if (cpus < 2) return false;
  try {
    taskset(['-p', String(process.pid)]);
    return true;
  } catch {
    return false;
  }
})();

/**
 * An executable that starts `chromium` on the browser's CPUs (a script:
 * Playwright launches the path it is given, with its own arguments).
 */
export function pinnedChromium(chromium) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const path = join(dir, 'chromium');
  writeFileSync(path, `#!/bin/sh\nexec taskset -c ${BROWSER_CPUS} "${chromium}" "$@"\n`);
  chmodSync(path, 0o755);
  return path;
}

/**
 * Runs `measure` with this process (all its threads: the fixture server's
 * event loop, libuv's pool) on the bench's CPU, then gives it every CPU back.
 */
export async function withBenchPinned(measure) {
  taskset(['-a', '-pc', BENCH_CPUS, String(process.pid)]);
  try {
    return await measure();
  } finally {
    taskset(['-a', '-pc', `0-${cpus - 1}`, String(process.pid)]);
  }
}

export const pinning = { benchCpus: BENCH_CPUS, browserCpus: BROWSER_CPUS };
