// RoleCall's service worker: after the first visit every page works offline. Written into the build by
// .ci/service-worker.sh (the last step of .ci/build.sh), which fills in the version and the list of every
// built file: the four pages, their JS, wasm and CSS, the built-in quiz's editions and the quiz files.
//
// A page (a navigation) is fetched network-first, so a new deployment (new hashed file names, a new VERSION)
// is picked up on the next visit with a connection; offline, each page is answered with its own cached copy,
// whatever its query (`present.html?count=5` gets `present.html`). Everything else is cache-first: hashed
// file names change with their content, and the rest changes with VERSION.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `rolecall-${VERSION}`;
// The pages' addresses without query: "./" (the learner's page as a folder) and every built .html file.
const PAGES = new Set(
  FILES.filter((f) => f === './' || f.endsWith('.html')).map((f) => new URL(f, self.location.href).href),
);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('rolecall-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    url.search = '';
    url.hash = '';
    const page = url.href;
    // Not one of RoleCall's pages (the examples, say): the browser's own handling.
    if (!PAGES.has(page)) return;
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(page, copy)));
          }
          return response;
        })
        .catch(() => caches.match(page).then((hit) => hit || Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
