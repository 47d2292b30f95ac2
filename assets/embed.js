/*! RoleCall host script. Include it once per page:
 *    <script src="https://YOUR-ROLECALL-SITE/embed.js" async></script>
 *  It turns every <div data-rolecall="?count=5&theme=dark"> (an address, or options relative to this
 *  script's site) and every <iframe data-rolecall src="…"> into a frame that follows its content's height,
 *  and re-emits the quiz's results as bubbling `rolecall:answered` / `rolecall:completed` events on the div
 *  (or iframe), with the message in `event.detail`. No dependencies. Elements added later: RoleCall.scan().
 */
(function () {
  'use strict';
  if (window.RoleCall) return; // included twice
  var TAG = 'rolecall';
  var script = document.currentScript;
  // Options-only values ("?count=3") are read relative to the folder this script is served from.
  var base = new URL('.', (script && script.src) || location.href);
  var frames = [];

  function adopt(box) {
    if (box.rolecall) return;
    var frame = box;
    if (box.tagName != 'IFRAME') {
      var url = new URL(box.getAttribute('data-rolecall') || '', base);
      if (!/[?&]mode=/.test(url.search)) url.search += (url.search ? '&' : '?') + 'mode=embed';
      // This site's learner page as an embed of the built-in quiz: its own page, with no stop at the learner
      // page on the way. A quiz of one's own or practice kinds keep the address: route.js knows their page.
      var p = url.searchParams, m = p.getAll('mode'), rest = url.pathname.slice(base.pathname.length);
      if (url.origin == base.origin && !url.pathname.indexOf(base.pathname) && (!rest || rest == 'index.html') &&
          m[m.length - 1] == 'embed' && !p.has('quiz') && !p.has('kinds') && !/quiz=/.test(url.hash)) {
        url.pathname = base.pathname + 'embed.html';
      }
      frame = document.createElement('iframe');
      frame.loading = 'lazy';
      frame.title = box.getAttribute('data-title') || 'RoleCall quiz';
      frame.style.cssText = 'display:block;width:100%;height:600px;border:0';
      frame.src = url.href;
      box.textContent = '';
      box.appendChild(frame);
    }
    // A frame sandboxed without allow-same-origin (as WordPress does) speaks from the origin "null".
    var sandbox = frame.getAttribute('sandbox');
    var origin = sandbox != null && !/allow-same-origin/.test(sandbox) ? 'null' : new URL(frame.src, location.href).origin;
    // "hello" asks for the height again (a frame that loaded before this script ran has already sent it), and
    // tells a frame that got no referrer which origin its parent has. To any origin: it carries nothing, and a
    // frame still blank must not log a mismatch.
    function hello() {
      if (frame.contentWindow) frame.contentWindow.postMessage({ tag: TAG, v: 1, type: 'hello' }, '*');
    }
    box.rolecall = { box: box, frame: frame, origin: origin, hello: hello };
    frames.push(box.rolecall);
    frame.addEventListener('load', hello);
    hello();
  }

  addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.tag !== TAG || d.v !== 1) return;
    for (var i = 0; i < frames.length; i++) {
      var r = frames[i];
      if (r.frame.contentWindow !== e.source) continue;
      // Only the page this frame was created for: not one it navigated to, nor another site.
      if (e.origin !== r.origin) return;
      // The frame listens now (its load event may have come before its app started).
      if (!r.heard) r.heard = r.hello() || 1;
      if (d.type == 'height') {
        var px = Math.ceil(+d.height);
        if (px > 0 && px < 1e5) r.frame.style.height = px + 'px';
      } else if (d.type == 'answered' || d.type == 'completed') {
        r.box.dispatchEvent(new CustomEvent('rolecall:' + d.type, { bubbles: true, detail: d }));
      }
      return;
    }
  });

  function scan(root) {
    var found = (root || document).querySelectorAll('[data-rolecall]');
    for (var i = 0; i < found.length; i++) adopt(found[i]);
  }
  window.RoleCall = { scan: scan };
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', function () { scan(); });
  else scan();
})();
