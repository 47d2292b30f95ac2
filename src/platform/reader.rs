//! The quiz-text reader, loaded on demand: the TOML reader and the quiz loader (`engine::load`,
//! `engine::toml`) are a wasm module of their own (`src/bin/rolecall-reader.rs`, built by `.ci/build.sh` into
//! `reader/`), imported with `import()` the first time a page must read quiz text. Measured on 2026-12-02
//! (`/work/tools/gz.sh rolecall-present`): linked into the presenter they cost it 53.5 KB gzip of its
//! 264.7 KB, although the built-in quiz (the common case) arrives as checked JSON and is never read as text.
//!
//! A module in the same page rather than a Web Worker: `play.html` runs inside WordPress's sandboxed frame,
//! whose opaque origin makes `new Worker(url)` fail, while a module import with CORS works there as the
//! page's own module does. It is loaded once per page (`reader.js`) and kept by the service worker with
//! every other built file, so it works offline after the first visit.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::json;
use crate::interop::source::Reading;

/// Where the build puts the reader's module, relative to the page.
pub const MODULE: &str = "reader/rolecall-reader.js";

#[wasm_bindgen(module = "/src/platform/reader.js")]
extern "C" {
    #[wasm_bindgen(js_name = prepareReader)]
    fn prepare_reader(path: &str);
    #[wasm_bindgen(js_name = readQuiz)]
    fn read_quiz(path: &str, text: &str) -> js_sys::Promise;
}

/// Why the reader gave no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReaderError {
    /// The module could not be imported or started (offline before it was kept, missing, refused).
    Unavailable,
    /// It answered in a shape this page does not read (a reader from another deployment).
    Mismatch,
}

/// Start loading the reader, for text that is on its way (a fetch, a share link being inflated).
pub fn prepare() {
    prepare_reader(MODULE);
}

/// What the reader makes of `text`. A quiz it returns is checked for consistency as the built-in quiz's
/// JSON is: a reader out of step with this page is a [`ReaderError::Mismatch`], never a broken session.
pub async fn read(text: &str) -> Result<Reading, ReaderError> {
    let value = JsFuture::from(read_quiz(MODULE, text)).await.map_err(|e| {
        web_sys::console::error_2(&"RoleCall: the quiz-text reader could not be loaded:".into(), &e);
        ReaderError::Unavailable
    })?;
    match json::from_js(value) {
        Ok(Reading::Quiz(quiz)) if !quiz.is_consistent() => Err(ReaderError::Mismatch),
        Ok(reading) => Ok(reading),
        Err(_) => Err(ReaderError::Mismatch),
    }
}
