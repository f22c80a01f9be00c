// Development only: lets `npm start` try the embed example
// (examples/embed-host.html, which Vite serves from the project folder and
// never copies into dist/). The frame's host API needs config.json to allow
// the host's origin; `EMBED_ORIGINS=http://localhost:5173 npm start` answers
// /config.json with that allow-list, unless public/config.json exists.

import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The config.json body for a comma-separated list of origins; undefined when the list is empty. */
export function devEmbedConfig(origins: string | undefined): string | undefined {
  const list = (origins ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  return list.length > 0 ? JSON.stringify({ embed: { allowedOrigins: list } }) : undefined;
}

export function embedExample(): Plugin {
  return {
    name: 'llm-playground:embed-example',
    apply: 'serve',
    configureServer(server) {
      const body = devEmbedConfig(process.env.EMBED_ORIGINS);
      const own = path.join(server.config.publicDir, 'config.json');
      if (!body || fs.existsSync(own)) return;
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://local.invalid').pathname;
        if (pathname !== '/config.json') return next();
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(body);
      });
    },
  };
}
