/** A small static file server on loopback (port 0) for the browser tests, with optional extra headers. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export type Served = { readonly url: string; close(): Promise<void> };

export type Fixed = { readonly text: string; readonly type: string };

/** Serves each URL prefix from a folder, a fixed text, or a text made per request; `headers` go on every response. */
export async function serve(routes: Record<string, string | Fixed | (() => Fixed)>, headers: Record<string, string> = {}): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [prefix, target] of Object.entries(routes).sort((a, b) => b[0].length - a[0].length)) {
      if (!path.startsWith(prefix)) continue;
      if (typeof target !== 'string') {
        const made = typeof target === 'function' ? target() : target;
        res.writeHead(200, { 'content-type': made.type, 'cache-control': 'no-cache', ...headers });
        return res.end(made.text);
      }
      let file = normalize(join(target, path.slice(prefix.length)));
      if (!file.startsWith(normalize(target))) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) break;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...headers });
      return res.end(readFileSync(file));
    }
    res.writeHead(404, headers);
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}
