/**
 * A tiny static file server for the built game, used by the browser tests and the benchmark.
 * It serves dist/ at "/" and again under a sub-path ("/some/path/"), so tests prove the build works from any
 * folder of a static host. Listening on 127.0.0.1 at a free port; close() stops it for good. The offline tests
 * switch its folder to a second build (setRoot) to play a redeploy, and read the paths it was asked for.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** Content types by file ending (also used by the benchmark's gzip server). */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The built game's server, as serveStatic gives it: its folder can be switched while it runs (a redeploy). */
export interface GameServer extends StaticServer {
  /** Serve another folder from now on (a new version of the game); null: answer every request 503 (host down). */
  setRoot(dir: string | null): void;
  /** Every path asked for, in order (with its query). */
  requests: string[];
}

export const SUB_PATH = '/some/path/';

export async function serveStatic(dir: string, port = 0): Promise<GameServer> {
  let root: string | null = dir;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    if (root === null) {
      res.statusCode = 503;
      res.setHeader('Content-Type', 'text/plain');
      res.end('down');
      return;
    }
    let path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root)) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain');
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    // Never cached by the browser: a host must serve sw.js this way at least (see README), so a new version is seen.
    res.setHeader('Cache-Control', 'no-store');
    createReadStream(file).pipe(res);
  });
  const listening = await listenLocal(server, port);
  return { ...listening, requests, setRoot: (next) => (root = next) };
}

/** Starts a server on 127.0.0.1 (port 0: a free one); close() ends open connections and stops it for good. */
export async function listenLocal(server: Server, port = 0): Promise<StaticServer> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
