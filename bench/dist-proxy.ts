// One running platform, two builds of the web: a local server per build directory that serves the build's files as
// the platform does (packages/server/src/platform/http/app.ts: assets immutable and precompressed, the page itself
// `no-cache`, every other path the single page) and passes /api on to the platform. bench/page-load-cost.ts uses it
// to compare a web change with the build before it, both against the same database and with the variants
// alternating, as the machine's load moves.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

function serveFile(dist: string, req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const inAssets = path.startsWith('/assets/');
  let file = join(dist, normalize(path));
  if (!inAssets || !existsSync(file) || !statSync(file).isFile()) file = join(dist, 'index.html');
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding = ['br', 'gzip'].find((e) => accepts.includes(e) && existsSync(`${file}.${e === 'br' ? 'br' : 'gz'}`));
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': inAssets ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'Accept-Encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  createReadStream(encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file).pipe(res);
}

function forward(platform: URL, req: IncomingMessage, res: ServerResponse) {
  const upstream = request(
    { host: platform.hostname, port: platform.port, path: req.url, method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}

/** Starts a server for `dist` in front of `platformUrl`; returns its base URL and a close function. */
export async function serveBuild(dist: string, platformUrl: string): Promise<{ url: string; close(): void }> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} 中没有构建好的前端（index.html）`);
  const platform = new URL(platformUrl);
  const server: Server = createServer((req, res) =>
    req.url?.startsWith('/api/') ? forward(platform, req, res) : serveFile(dist, req, res),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
