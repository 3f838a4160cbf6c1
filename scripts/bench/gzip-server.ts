/**
 * A static server that gzips text files (level 9), as any school web host would: only for the Lighthouse run,
 * whose simulated slow 4G network would otherwise be charged for uncompressed JavaScript. The browser runs
 * use the test harness's plain server (loopback, where compression changes nothing that matters).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES, listenLocal, type StaticServer } from '../../tests/e2e/harness/static-server';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.svg']);

export async function serveGzip(dir: string): Promise<StaticServer> {
  const root = normalize(dir);
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    let path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const hit = cache.get(file) ?? gzipSync(body, { level: 9 });
      cache.set(file, hit);
      body = hit;
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    res.writeHead(200, headers).end(body);
  });
  return listenLocal(server);
}
