// A tiny static file server for the built app (scripts/build-dist writes
// dist/): scripts/serve.mjs (scripts/run), the benchmark and the end-to-end
// tests (tests/e2e/lib/server.mjs, which only names dist/ as its default) use it.
//
// It listens on 127.0.0.1 with a port the OS picks, serves files from one
// folder with the right MIME types, ignores query strings (the app reads
// `?journey=...` itself), answers 404 for anything else, and can add extra
// response headers (for example a Content-Security-Policy in a later test).

import { createServer } from 'node:http';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's dist/ folder, where scripts/build-dist puts the app. */
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Starts serving `root` on 127.0.0.1 at a free port.
 *
 * @param {object} [options]
 * @param {string} [options.root] folder to serve (default: the repository's dist/)
 * @param {Record<string, string>} [options.headers] extra headers on every response
 * @param {number} [options.port] the port (default 0: one the OS picks)
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 *   `url` is the origin with a trailing slash, for example http://127.0.0.1:41234/
 */
export async function startServer({ root = DIST, headers = {}, brotli = false, port: askedPort = 0 } = {}) {
  // With `brotli`, text and wasm go brotli-compressed (quality 11, as a
  // server would precompress) to a browser that accepts it: what the
  // README asks the council's server to do, for the benchmark's timings.
  const compressed = new Map();
  const squeeze = (file, body) => {
    if (!compressed.has(file)) {
      compressed.set(file, brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    return compressed.get(file);
  };
  const rootDir = resolve(root);
  const rootInfo = await stat(rootDir).catch(() => null);
  if (!rootInfo?.isDirectory()) {
    throw new Error(`startServer: ${rootDir} is not a folder; run \`trunk build --release\` first`);
  }

  const server = createServer(async (request, response) => {
    const send = (status, type, body, extra = {}) => {
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Length': Buffer.byteLength(body),
        ...extra,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'text/plain; charset=utf-8', 'Method not allowed\n');
      return;
    }

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      send(400, 'text/plain; charset=utf-8', 'Bad request\n');
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';

    const file = resolve(join(rootDir, pathname));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      send(404, 'text/plain; charset=utf-8', 'Not found\n');
      return;
    }

    try {
      const body = await readFile(file);
      const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const accepts = /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
      if (brotli && accepts && /^(text\/|application\/(wasm|json))/.test(type)) {
        send(200, type, squeeze(file, body), { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' });
      } else {
        send(200, type, body);
      }
    } catch {
      send(404, 'text/plain; charset=utf-8', 'Not found\n');
    }
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(askedPort, '127.0.0.1', resolveListen);
  });

  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    port,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
