//! The quiz-text reader, loaded on demand: the TOML reader and the quiz loader (`engine::load`,
//! `engine::toml`) are a wasm module of their own (`src/bin/rolecall-reader.rs`, built by `.ci/build.sh` into
//! `reader/`), imported with `import()` the first time a page must read quiz text: the built-in quiz (the
//! common case) arrives as checked JSON and is never read as text. Measured on 2026-12-02 (release build,
//! gzip -9, HTML + JS + wasm + CSS, `.ci/build.sh --release` and `page_weight.py`): present.html 281,494 B
//! with the reader linked, 230,885 B without; play.html 305,972 -> 254,891 B; share.html 187,085 ->
//! 134,802 B. The module itself, fetched when a quiz file, address or share link is opened: 75,395 B
//! (JS 2,348 + wasm 73,047).
//!
//! A module in the same page rather than a Web Worker: `play.html` runs inside WordPress's sandboxed frame,
//! whose opaque origin makes `new Worker(url)` fail, while a module import with CORS works there as the
//! page's own module does. It is imported once per page and kept by the service worker with every other
//! built file, so it works offline after the first visit.
//!
//! `import()` is called straight from the page's JS glue, not through a JS file of ours: Trunk preloads
//! every wasm-bindgen snippet from every page (`<link rel=modulepreload>`), so a snippet would add a request
//! and 759 B gzip to the learner's page, which never reads quiz text.

use std::cell::{Cell, RefCell};

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};

use super::json;
use crate::interop::source::Reading;

/// Where the build puts the reader's module, relative to the pages (and to their JS glue, beside them,
/// which `import()` resolves it against).
pub const MODULE: &str = "./reader/rolecall-reader.js";

#[wasm_bindgen]
extern "C" {
    /// The `import()` expression: wasm-bindgen writes the call as named into the glue, where it is the
    /// browser's dynamic import.
    #[wasm_bindgen(js_name = "import")]
    fn import_module(url: &str) -> Promise;
}

thread_local! {
    /// The module being imported and started, or started: one import per page.
    static READER: RefCell<Option<Promise>> = const { RefCell::new(None) };
    /// Failed imports so far. A browser may keep a module that failed to load in its module map and answer
    /// the same address with the same failure, so the next try asks under another query (the service
    /// worker ignores the query when it answers offline).
    static FAILURES: Cell<u32> = const { Cell::new(0) };
}

/// Why the reader gave no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReaderError {
    /// The module could not be imported or started (offline before it was kept, missing, refused).
    Unavailable,
    /// It answered in a shape this page does not read (a reader from another deployment).
    Mismatch,
}

/// The module, imported and started (its wasm instantiated), as a promise shared by every caller.
fn reader() -> Promise {
    READER.with(|slot| {
        slot.borrow_mut()
            .get_or_insert_with(|| {
                let url = match FAILURES.get() {
                    0 => MODULE.to_string(),
                    n => format!("{MODULE}?retry={n}"),
                };
                future_to_promise(async move {
                    let module = JsFuture::from(import_module(&url)).await?;
                    let start: Function = Reflect::get(&module, &"default".into())?.dyn_into()?;
                    JsFuture::from(start.call0(&module)?.dyn_into::<Promise>()?).await?;
                    Ok(module)
                })
            })
            .clone()
    })
}

/// The started module, or why not; a failure is forgotten, so that the next call tries again.
async fn started() -> Result<JsValue, JsValue> {
    let pending = reader();
    let result = JsFuture::from(pending.clone()).await;
    if result.is_err() {
        READER.with(|slot| {
            let mut slot = slot.borrow_mut();
            if slot.as_ref().is_some_and(|p| JsValue::from(p) == JsValue::from(&pending)) {
                *slot = None;
                FAILURES.set(FAILURES.get() + 1);
            }
        });
    }
    result
}

/// Take `module` as the reader module, already started, instead of importing it: what the browser tests do,
/// whose runner serves no `reader/`. `module` is what the import would give: an object with `read(text)`.
pub fn install(module: JsValue) {
    READER.with(|slot| *slot.borrow_mut() = Some(Promise::resolve(&module)));
}

/// Start loading the reader, for text that is on its way (a fetch, a share link being inflated).
pub fn prepare() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = started().await;
    });
}

/// What the reader makes of `text`. A quiz it returns is checked for consistency as the built-in quiz's
/// JSON is: a reader out of step with this page is a [`ReaderError::Mismatch`], never a broken session.
pub async fn read(text: &str) -> Result<Reading, ReaderError> {
    let module = started().await.map_err(|e| {
        web_sys::console::error_2(&"RoleCall: the quiz-text reader could not be loaded:".into(), &e);
        ReaderError::Unavailable
    })?;
    let read: Function = Reflect::get(&module, &"read".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or(ReaderError::Mismatch)?;
    let value = read.call1(&module, &text.into()).map_err(|_| ReaderError::Mismatch)?;
    match json::from_js(value) {
        Ok(Reading::Quiz(quiz)) if !quiz.is_consistent() => Err(ReaderError::Mismatch),
        Ok(reading) => Ok(reading),
        Err(_) => Err(ReaderError::Mismatch),
    }
}
