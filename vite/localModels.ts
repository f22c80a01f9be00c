// Serves the project's `models/*.gguf` to the in-browser engine during
// `vite` (npm start) and `vite preview`: `models/index.json` lists them as
// `[{file, size}]`, `models/<file>` streams one. A curated model found there
// loads without the network. The files are never copied into dist/: static
// hosts answer 404 for the index, which the app reads as "no local models".

import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';

const SAFE_NAME = /^[\w][\w.+-]*\.gguf$/i;

export interface LocalModelEntry {
  file: string;
  size: number;
}

/** The `.gguf` files directly inside `dir`, sorted by name; none when it is missing. */
export function listLocalModels(dir: string): LocalModelEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: LocalModelEntry[] = [];
  for (const file of names.sort()) {
    if (!SAFE_NAME.test(file) || file.includes('..')) continue;
    try {
      const stat = fs.statSync(path.join(dir, file));
      if (stat.isFile() && stat.size > 0) out.push({ file, size: stat.size });
    } catch {
      // Removed between listing and stat: leave it out.
    }
  }
  return out;
}

/** The part of `pathname` after `base` + "models/", or undefined when it is elsewhere. */
export function modelsPath(pathname: string, base: string): string | undefined {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}models/`;
  if (!pathname.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return undefined;
  }
}

function serve(dir: string, base: string): Connect.NextHandleFunction {
  return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') return next();
    const pathname = new URL(req.url ?? '/', 'http://local.invalid').pathname;
    const rest = modelsPath(pathname, base);
    if (rest === undefined) return next();

    if (rest === 'index.json') {
      const body = JSON.stringify(listLocalModels(dir));
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-cache',
      });
      res.end(method === 'HEAD' ? undefined : body);
      return;
    }
    if (!SAFE_NAME.test(rest) || rest.includes('..')) return next();
    const file = path.join(dir, rest);
    let size: number;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) return next();
      size = stat.size;
    } catch {
      return next();
    }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-cache',
    });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    const stream = fs.createReadStream(file);
    stream.on('error', () => res.destroy());
    res.on('close', () => stream.destroy());
    stream.pipe(res);
  };
}

/** Relative bases ('./') serve from the root in dev and preview. */
function servedBase(base: string): string {
  return base.startsWith('/') ? base : '/';
}

export function localModels(options: { dir?: string } = {}): Plugin {
  let dir = '';
  let base = '/';
  return {
    name: 'llm-playground:local-models',
    configResolved(config) {
      dir = path.resolve(config.root, options.dir ?? 'models');
      base = servedBase(config.base);
    },
    configureServer(server) {
      server.middlewares.use(serve(dir, base));
    },
    configurePreviewServer(server) {
      server.middlewares.use(serve(dir, base));
    },
  };
}
