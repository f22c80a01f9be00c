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
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function taskset(args) {
  return execFileSync('taskset', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** The CPUs this process may run on ("0-3,6" → [0, 1, 2, 3, 6]); null without taskset. */
function allowedCpus() {
  try {
    const list = taskset(['-pc', String(process.pid)])
      .split(':')
      .at(-1)
      .trim();
    return list.split(',').flatMap((part) => {
      const [from, to = from] = part.split('-').map(Number);
      return Array.from({ length: to - from + 1 }, (_, k) => from + k);
    });
  } catch {
    return null;
  }
}

const allowed = allowedCpus();

/** Whether this machine can pin: Linux's taskset and at least two CPUs to split. */
export const canPin = allowed !== null && allowed.length >= 2;

/** The bench's CPU and the browser's, as taskset lists. */
export const pinning = canPin
  ? { benchCpus: String(allowed[0]), browserCpus: allowed.slice(1).join(',') }
  : null;

/**
 * Launches a browser on the browser's CPUs with `launch(executablePath)`,
 * through a script that starts `chromium` under taskset (Playwright launches
 * the path it is given, with its own arguments).
 */
export async function launchPinned(chromium, launch) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const path = join(dir, 'chromium');
  writeFileSync(path, `#!/bin/sh\nexec taskset -c ${pinning.browserCpus} "${chromium}" "$@"\n`);
  chmodSync(path, 0o755);
  try {
    return await launch(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `measure` with this process (all its threads: the fixture server's
 * event loop, libuv's pool) on the bench's CPU, then gives it back the CPUs
 * it had.
 */
export async function withBenchPinned(measure) {
  taskset(['-a', '-pc', pinning.benchCpus, String(process.pid)]);
  try {
    return await measure();
  } finally {
    taskset(['-a', '-pc', allowed.join(','), String(process.pid)]);
  }
}
