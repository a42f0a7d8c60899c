/**
 * A static file server for the test pages, bound to 127.0.0.1 only (never reachable from another
 * machine). Serves files under one folder with their content type, `index.html` for a folder, 404 for
 * anything else; a path that would leave the folder (`..`, encoded or not, or a symlink pointing out)
 * is refused with 403.
 *
 *   tsx scripts/serve.ts [dir]   writes the seed pages to dir (default out/pages) and serves them
 *                                (PORT=8080 picks the port; default: any free port)
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The only interface the server listens on. */
export const HOST = '127.0.0.1';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a request path names inside root, or 'forbidden' when it would leave root, or null when
 * there is no such file. root must be a real (symlink-free) absolute path.
 */
export function resolveRequest(root: string, urlPath: string): string | 'forbidden' | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent((urlPath.split('?')[0] ?? '').split('#')[0] ?? '');
  } catch {
    return 'forbidden';
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return 'forbidden';
  // Any ".." segment is refused outright, even one that would resolve back inside root.
  if (decoded.split('/').includes('..')) return 'forbidden';
  const inside = (p: string) => p === root || p.startsWith(root + path.sep);
  let file = path.resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (!inside(file)) return 'forbidden';
  if (!fs.existsSync(file)) return null;
  // A symlink under root must not lead out of it.
  file = fs.realpathSync(file);
  if (!inside(file)) return 'forbidden';
  if (fs.statSync(file).isDirectory()) {
    file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return null;
  }
  return fs.statSync(file).isFile() ? file : null;
}

/** Serves dir on 127.0.0.1 (port 0: any free port). `url` ends with a slash. */
export async function serve(dir: string, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`serve: ${dir} is not a folder`);
  const root = fs.realpathSync(path.resolve(dir));
  const server = http.createServer((req, res) => {
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n');
    const file = resolveRequest(root, req.url ?? '/');
    if (file === 'forbidden') return send(403, 'Forbidden\n');
    if (file === null) return send(404, 'Not found\n');
    fs.readFile(file, (err, data) => {
      if (err) return send(500, 'Could not read the file\n');
      res.writeHead(200, { 'content-type': contentType(file), 'content-length': data.length, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${actual}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

async function main(): Promise<void> {
  const { writeSeedPages } = await import('./pages');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'out', 'pages'));
  const pages = writeSeedPages(dir);
  const server = await serve(dir, Number(process.env.PORT ?? 0));
  console.log(`Serving ${pages.length} seed pages from ${dir}`);
  console.log(`  ${server.url}`);
  for (const p of pages) console.log(`  ${server.url}${p.file}`);
  console.log('Ctrl-C stops the server.');
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e: Error) => {
    console.error(`serve: ${e.message}`);
    process.exit(1);
  });
}
