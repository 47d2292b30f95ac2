// The Content-Security-Policy RoleCall's pages are built to run under, as the README gives it for hosting
// them: only the site's own files, wasm compiled from them, inline style attributes (the app sets a few),
// images from the site or data: URLs. tests/e2e/serve.mjs sends it with every page, so every e2e test runs
// under it; pages.spec.mjs checks that nothing on the pages breaks it. `connect-src` adds, to the site's own
// origin, a classroom relay on this machine's loopback (phones.spec.mjs runs one on a free port and points
// the presenter at it with `relay=`), as a host adds its relay's origin when it is not the pages' own.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws://127.0.0.1:*";
