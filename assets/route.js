// Addresses from before RoleCall was split into pages (`/?mode=present…`, `/?mode=edit…`, `/?mode=embed…`,
// `/?quiz=…`, `/#quiz=…`, `/?kinds=sort…`) land on the page that now serves them. index.html, embed.html and
// practice.html load this first in their <head>, as a classic blocking script (a file, not inline, for the
// Content-Security-Policy), before anything of the page can show: the browser moves on while the page is
// still blank.
//
// Keep in step with `Page::for_options` in src/interop/launch.rs, which makes the same choice in Rust (for the
// links between pages), from options read the same way: of several `mode=`, the last one RoleCall knows wins;
// an empty `quiz=` does not count; a share link's quiz is the fragment's first `quiz=`; `kinds=` counts the
// tags RoleCall knows.
//   mode=present → present.html · mode=edit → edit.html · a quiz (query or fragment) → play.html ·
//   a practice kind in `kinds=` → practice.html · mode=embed of the built-in quiz's scenarios → embed.html ·
//   anything else (self-study of the built-in quiz's scenarios) → index.html. On practice.html, index.html's
//   and embed.html's cases stay there (it has the scenarios too, in both uses).
// On embed.html everything is an embed, whatever `mode=` says: a quiz goes to play.html and a practice kind to
// practice.html with `mode=embed` added when the address lacks it (the last `mode=` wins there too).
// Also to practice.html: an unfinished session with practice cards saved in this browser (index.html cannot
// show it and would drop it; src/engine/progress.rs `reconcile_for`), so a return to `/` resumes it.
// The query and the fragment go along unchanged; `location.replace`, so Back skips this stop.
{
  const MODES = ['study', 'self-study', 'embed', 'present', 'edit'];
  // Keep in step with `Kind` (src/engine/practice.rs): the practice kinds' tags.
  const PRACTICE_KINDS = ['sort', 'talk', 'trait', 'structure'];
  const onPractice = location.pathname.endsWith('/practice.html');
  const onEmbed = location.pathname.endsWith('/embed.html');
  // The interface languages: keep in step with `Lang::ALL` and `EDITIONS` (src/interop/source.rs).
  const LANGS = ['en', 'es'];
  const known = (tag) => {
    const primary = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
    return LANGS.includes(primary) ? primary : null;
  };
  let mode = 'study';
  let quiz = false;
  let practice = false;
  let asked = null; // the last `lang=` RoleCall knows, for the edition fetched below if the page stays
  for (const [key, value] of new URLSearchParams(location.search)) {
    if (key === 'mode' && MODES.includes(value)) mode = value;
    if (key === 'quiz' && value !== '') quiz = true;
    if (key === 'lang' && known(value)) asked = known(value);
    // The last `kinds=` wins, as in LaunchOptions.
    if (key === 'kinds') practice = value.split(',').some((tag) => PRACTICE_KINDS.includes(tag.trim()));
  }
  let search = location.search;
  if (onEmbed && mode !== 'embed') {
    mode = 'embed';
    search += (search ? '&' : '?') + 'mode=embed';
  }
  const shared = new URLSearchParams(location.hash.replace(/^#/, '')).get('quiz');
  // An unfinished session of practice cards kept by this browser (self-study only: an embed keeps none).
  const practising = () => {
    try {
      // The built-in quiz's progress record: keep in step with the storage key in src/platform/storage.rs.
      const record = JSON.parse(localStorage.getItem('rolecall.v1.progress.cm-vs-smm') || 'null');
      const session = record && record.session;
      return Boolean(session && session.phase !== 'finished' && session.deck.some((card) => card.practice));
    } catch {
      return false; // storage blocked or a record this cannot read: the page decides
    }
  };
  let page = null;
  if (mode === 'present') page = 'present.html';
  else if (mode === 'edit') page = 'edit.html';
  else if (quiz || shared) page = 'play.html';
  else if (!onPractice && (practice || (mode !== 'embed' && practising()))) page = 'practice.html';
  else if (mode === 'embed' && !onPractice && !onEmbed) page = 'embed.html';
  if (page) location.replace(page + search + location.hash);
  else {
    // Staying: fetch and parse the built-in quiz's edition now, beside the wasm's download, rather than once
    // the wasm has started and asks for it (measured: 100–180 ms later on 2 cores; a preload link still left
    // the body's reading and parsing until then). The page takes the promise (`early_json`,
    // src/platform/fetch.rs); on a failure (null) it fetches again itself and says why. Only the edition the
    // page will show, in the language `Start::read` (src/app/start.rs) chooses: `lang=`, else the reader's
    // last choice (not read in an embed), else the browser's preferences, else English. A wrong guess costs
    // a download, never the page.
    let lang = asked;
    if (!lang && mode !== 'embed') {
      try {
        lang = known(localStorage.getItem('rolecall.v1.lang'));
      } catch {
        // Storage blocked: the page runs without it.
      }
    }
    if (!lang) lang = (navigator.languages || [navigator.language]).map(known).find(Boolean) || 'en';
    const url = `quizzes/cm-vs-smm.${lang}.json`;
    const json = fetch(url).then((r) => (r.ok ? r.json() : null)).catch(() => null);
    window.rolecallEdition = { url, json };
    // The practice page reads the edition's practice items too (src/interop/source.rs, `Edition`): a preload,
    // which the page's own fetch of that file then takes.
    if (onPractice) {
      const preload = document.createElement('link');
      preload.rel = 'preload';
      preload.as = 'fetch';
      preload.crossOrigin = 'anonymous';
      preload.href = `quizzes/cm-vs-smm.${lang}.practice.json`;
      document.head.appendChild(preload);
    }

    // A share link pasted into a tab already open here changes only the fragment: it goes to play.html too.
    addEventListener('hashchange', () => {
      if (new URLSearchParams(location.hash.replace(/^#/, '')).get('quiz')) {
        location.replace('play.html' + search + location.hash);
      }
    });
  }
}
