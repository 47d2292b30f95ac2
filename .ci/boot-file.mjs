// Run by .ci/build.sh on each page Trunk has built: moves the page's inline module script (Trunk's loader,
// which imports the wasm-bindgen JS and starts the wasm) into a file of its own, so that the page runs under
// a Content-Security-Policy without 'unsafe-inline' for scripts (README: "Content-Security-Policy").
//
//   node .ci/boot-file.mjs DIR PAGE.html
//
// Writes DIR/<page>-boot-<hash>.js (a content hash, as Trunk names its files, so it can be cached for good)
// and puts <script type="module" src=… integrity=sha384-… crossorigin=anonymous> where the inline script was,
// with the same path prefix as the files the loader imports (Trunk's public URL). Then checks that the page
// has nothing else the policy would block: no other inline script, no on…= handler, no javascript: address.
// Also slims the wasm-bindgen JS the loader imports (Trunk's --minify leaves it as written): its comment
// lines and indentation go (about 1 KiB gzip less on every page), and the page's integrity hash for it is
// made again. Only whole-line comments are dropped, and a line that could belong to a multi-line template
// literal (an odd number of backquotes) or a comment that ends mid-line stops the build instead.
// Exits 1, naming the problem, when the page is not as expected.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [dir, page] = process.argv.slice(2);
if (!dir || !page) {
  console.error('usage: node .ci/boot-file.mjs DIR PAGE.html');
  process.exit(2);
}
function fail(message) {
  console.error(`boot-file.mjs: ${path.join(dir, page)}: ${message}`);
  process.exit(1);
}

const file = path.join(dir, page);
let html = readFileSync(file, 'utf8');
// Trunk writes type="module"; its --minify writes type=module.
const inline = [...html.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) fail(`expected Trunk's one inline module script, found ${inline.length}`);
const [whole, body] = inline[0];
const imported = body.match(/from '([^']*\/)([^'/]+\.js)'/);
if (!imported) fail("the inline module script imports no .js file: is this Trunk's loader?");
const [, prefix, glueName] = imported;

const code = body.trim() + '\n';
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const name = `${path.basename(page, '.html')}-boot-${hash}.js`;
const integrity = 'sha384-' + createHash('sha384').update(code).digest('base64');
writeFileSync(path.join(dir, name), code);
// crossorigin: inside a sandboxed frame (a WordPress embed) the page's origin is "null" and its own files are
// cross-origin; like Trunk's preload links, the script is then fetched with CORS and still passes its check.
html = html.replace(
  whole,
  `<script type="module" src="${prefix}${name}" crossorigin="anonymous" integrity="${integrity}"></script>`,
);

// wasm-bindgen's JS without its comment lines and indentation (see the top of this file).
function slim(js) {
  const out = [];
  let comment = false;
  for (const [n, raw] of js.split('\n').entries()) {
    const line = raw.trim();
    if ((line.split('`').length - 1) % 2) fail(`${glueName}:${n + 1}: a template literal over several lines`);
    const opens = !comment && line.startsWith('/*');
    if (comment || opens) {
      const end = line.indexOf('*/', opens ? 2 : 0);
      if (end >= 0 && end !== line.length - 2) fail(`${glueName}:${n + 1}: code after a comment on one line`);
      comment = end < 0;
      continue;
    }
    if (line && !line.startsWith('//')) out.push(line);
  }
  if (comment) fail(`${glueName}: a comment that never ends`);
  return out.join('\n') + '\n';
}
const glue = path.join(dir, glueName);
const glueText = slim(readFileSync(glue, 'utf8'));
writeFileSync(glue, glueText);
const glueIntegrity = 'sha384-' + createHash('sha384').update(glueText).digest('base64');
const preload = new RegExp(`(<link\\b[^>]*href="?${(prefix + glueName).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^>]*integrity=)("?)sha384-[A-Za-z0-9+/=]+\\2`);
if (!preload.test(html)) fail(`no <link … href=${prefix}${glueName} integrity=…> for the wasm-bindgen JS`);
html = html.replace(preload, `$1$2${glueIntegrity}$2`);

// Whatever else the policy forbids (script-src 'self': no inline code of any kind).
const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attrs]) => !/\bsrc\s*=/.test(attrs));
if (scripts.length) fail(`an inline script remains: ${scripts[0][0]}`);
const handler = html.match(/<[a-z][^>]*\son[a-z]+\s*=/i);
if (handler) fail(`an inline event handler: ${handler[0]}`);
if (/(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(html)) fail('a javascript: address');

writeFileSync(file, html);
console.log(`${page}: loader moved to ${name}`);
