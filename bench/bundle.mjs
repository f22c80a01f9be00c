// 1. Bundle sizes, gzip level 9, read from the build output.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb } from './lib.mjs';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** First screen: the entry script, its static imports and the CSS; everything else is lazy. */
export function bundleSizes(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
  const firstScreen = new Set(refs);
  // Static imports of the entry chunk are also loaded up front.
  for (const ref of refs.filter((r) => r.endsWith('.js'))) {
    const code = readFileSync(join(dist, ref), 'utf8');
    for (const m of code.matchAll(/^import\s*(?:[^'"]*from\s*)?["']\.\/([^"']+\.js)["']/gm))
      firstScreen.add(`assets/${m[1]}`);
  }
  const all = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
  const sum = (files, ext) =>
    files.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gz(join(dist, f)), 0);
  const lazy = all
    .filter((f) => f.endsWith('.js') && !firstScreen.has(f))
    .map((f) => ({ file: f, gzipKB: kb(gz(join(dist, f))) }))
    .sort((a, b) => b.gzipKB - a.gzipKB);
  // The in-browser engine's llama.cpp build, fetched when a model first loads.
  const wasm = all
    .filter((f) => f.endsWith('.wasm'))
    .map((f) => ({
      file: f,
      rawKB: kb(readFileSync(join(dist, f)).length),
      gzipKB: kb(gz(join(dist, f))),
    }));
  return {
    firstScreenJsKB: kb(sum([...firstScreen], '.js')),
    firstScreenCssKB: kb(sum([...firstScreen], '.css')),
    lazy,
    wasm,
  };
}
