// A tiny static server for the e2e tests, the benchmark and `bash .ci/serve.sh`: plain node `http`, no
// dependencies.
//   node tests/e2e/serve.mjs [--port 4817] [--root dist] [--host 127.0.0.1]   (or E2E_PORT=, E2E_DIST=)
// Serves the built app (dist/ by default) at /, tests/fixtures/ at /fixtures/ and the example blog page(s) in
// examples/ at /examples/. Missing files are 404 (no SPA fallback); every response has Cache-Control: no-store
// and Access-Control-Allow-Origin: * (a sandboxed embed, as WordPress makes, has the origin "null": without
// the header it could not load the app's own module script and wasm, as on any static host). Every page of
// the app (an .html file from the build) also has the Content-Security-Policy the README gives for hosting
// it, so that every e2e test runs under it; the example blog post is another site's page, with its own
// inline script, and gets none.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from './csp.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const port = Number(option('port', process.env.E2E_PORT || '4817'));
const host = option('host', '127.0.0.1');
const distDir = path.resolve(repoRoot, option('root', process.env.E2E_DIST || 'dist'));
const fixturesDir = path.resolve(repoRoot, 'tests', 'fixtures');
const examplesDir = path.resolve(repoRoot, 'examples');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(`serve.mjs: ${path.join(distDir, 'index.html')} is missing: build first (bash .ci/build.sh --release)`);
  process.exit(1);
}

// Maps a URL path to a file inside `base`, or null if it would leave it.
function resolveInside(base, urlPath) {
  const file = path.resolve(base, '.' + path.posix.normalize('/' + urlPath));
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

const COMMON = { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' };

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...COMMON, ...headers });
  res.end(body);
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    send(res, 400, 'bad request\n');
    return;
  }
  let file = urlPath.startsWith('/fixtures/')
    ? resolveInside(fixturesDir, urlPath.slice('/fixtures'.length))
    : urlPath.startsWith('/examples/')
      ? resolveInside(examplesDir, urlPath.slice('/examples'.length))
      : resolveInside(distDir, urlPath);
  if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    send(res, 404, `not found: ${urlPath}\n`);
    return;
  }
  const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
  const page = type.startsWith('text/html') && file.startsWith(distDir + path.sep);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': statSync(file).size,
    ...COMMON,
    ...(page ? { 'Content-Security-Policy': CSP } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
});

server.listen(port, host, () => {
  console.log(`serve.mjs: ${path.relative(repoRoot, distDir) || '.'}/ at http://${host}:${port}/ (fixtures at /fixtures/, examples at /examples/)`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
