// Makes a built RoleCall site embeddable by pasting its address into WordPress (or any oEmbed consumer):
// writes dist/oembed.json and puts an absolute <link rel="alternate" type="application/json+oembed"> into
// dist/index.html. WordPress fetches both server-side, without running scripts, and ignores a relative link,
// so the address must be known when the site is published: a static build cannot know it by itself.
//
//   ROLECALL_PUBLIC_URL=https://quiz.example/ node .ci/oembed.mjs [--dist dist]
//
// Environment:
//   ROLECALL_PUBLIC_URL    required: the http(s) address dist/ is served at (a trailing / is added).
//   ROLECALL_OEMBED_QUERY  the embedded quiz's options, as a query (default "count=5"); mode=embed is added,
//                          and the frame shows embed.html with them.
//                          A static JSON answers every pasted address the same way, so these options are
//                          the same for every WordPress embed of this site.
//   ROLECALL_OEMBED_HEIGHT the frame's height before the quiz reports its own (default 600, within 200–1000).
// Running it again replaces what it wrote before. Exits 2 with a message when the configuration is wrong.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function fail(message) {
  console.error(`oembed.mjs: ${message}`);
  process.exit(2);
}

const i = process.argv.indexOf('--dist');
const dist = path.resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1] : 'dist');
const rawUrl = process.env.ROLECALL_PUBLIC_URL || '';
let site;
try {
  site = new URL(rawUrl);
} catch {
  fail(`set ROLECALL_PUBLIC_URL to the absolute address the site is served at (got ${JSON.stringify(rawUrl)})`);
}
if (site.protocol !== 'https:' && site.protocol !== 'http:') fail(`ROLECALL_PUBLIC_URL must be http(s): ${rawUrl}`);
site.search = '';
site.hash = '';
if (!site.pathname.endsWith('/')) site.pathname += '/';
const height = Number(process.env.ROLECALL_OEMBED_HEIGHT || 600);
if (!Number.isInteger(height) || height < 200 || height > 1000) fail('ROLECALL_OEMBED_HEIGHT must be a whole number from 200 to 1000');
const query = (process.env.ROLECALL_OEMBED_QUERY ?? 'count=5').replace(/^\?/, '');
const params = new URLSearchParams(query);
params.delete('mode');
const embedQuery = ['mode=embed', params.toString()].filter(Boolean).join('&');
const width = 640;

const indexPath = path.join(dist, 'index.html');
let index;
try {
  index = readFileSync(indexPath, 'utf8');
} catch {
  fail(`${indexPath} is missing: build first (bash .ci/build.sh --release)`);
}
const title = (index.match(/<title>([^<]*)<\/title>/) || [, 'RoleCall quiz'])[1].trim();

const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// The embed's own page (embed.html), not the learner's: no stop on the way. A description written before
// embed.html existed (`${site.href}?mode=embed…`) still works: the learner page sends it on (assets/route.js).
const embedUrl = `${site.href}embed.html?${embedQuery}`;
// WordPress keeps only a <blockquote> and an <iframe> from this html and sandboxes the iframe. The blockquote
// must be there: only then does WordPress load wp-embed.js, which applies the height the quiz reports (and it
// is the fallback link shown until then).
const html =
  `<blockquote><a href="${attr(site.href)}">${text(title)}</a></blockquote>` +
  `<iframe src="${attr(embedUrl)}" width="${width}" height="${height}" title="${attr(`Quiz: ${title}`)}" ` +
  `frameborder="0" marginwidth="0" marginheight="0"></iframe>`;
const oembed = {
  version: '1.0',
  type: 'rich',
  provider_name: 'RoleCall',
  provider_url: site.href,
  title,
  width,
  height,
  html,
};
writeFileSync(path.join(dist, 'oembed.json'), JSON.stringify(oembed, null, 2) + '\n');

const link = `<link rel="alternate" type="application/json+oembed" href="${attr(`${site.href}oembed.json`)}" title="${attr(title)}" />`;
const existing = /<link rel="alternate" type="application\/json\+oembed"[^>]*>/;
index = existing.test(index) ? index.replace(existing, link) : index.replace('</head>', `  ${link}\n  </head>`);
writeFileSync(indexPath, index);
console.log(`oembed.mjs: ${path.relative(process.cwd(), dist) || '.'}/oembed.json for ${site.href} (embeds ${embedUrl})`);
