// The quiz-text reader's loader (src/platform/reader.rs says why it is a module of its own): imports
// reader/rolecall-reader.js, which .ci/build.sh makes with wasm-bindgen --target web, once per page, and
// starts its wasm. A failed import is forgotten, so that the next quiz opened tries again.
let reader = null;
// Failed imports so far: a browser may keep a module that failed in its module map and answer the same
// address with the same failure, so a retry asks for the module under another query (the service worker
// ignores the query when it answers offline).
let failures = 0;

function load(path) {
  if (reader === null) {
    // The page's own address, not this file's: import() resolves a relative path against the importing
    // module, which wasm-bindgen puts under snippets/.
    const url = new URL(path, document.baseURI);
    if (failures > 0) url.searchParams.set('retry', String(failures));
    reader = import(url.href).then(async (module) => {
      await module.default();
      return module;
    });
    reader.catch(() => {
      reader = null;
      failures += 1;
    });
  }
  return reader;
}

// Start loading the reader without waiting for it (the page is about to fetch quiz text).
export function prepareReader(path) {
  load(path).catch(() => {});
}

// The reader's answer for `text`; rejects when the reader cannot be loaded.
export async function readQuiz(path, text) {
  const module = await load(path);
  return module.read(text);
}
