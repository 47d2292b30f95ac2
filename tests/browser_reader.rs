//! The calling side of the quiz-text reader module, in a real browser: what the module answers
//! (`json::to_js` of a `Reading`, as `src/bin/rolecall-reader.rs` does) reads back whole through the page's
//! own JS-value reader; a page whose reader module cannot be imported (the test runner serves none) gets
//! `Failure::NoReader`, again on a second try, instead of hanging or panicking; and the editor's linked
//! loader checks text in the page. (The module itself loading in a page, a sandboxed frame and offline is
//! e2e: tests/e2e/reader.spec.mjs.)
#![cfg(target_arch = "wasm32")]

use rolecall::app::{LinkedLoader, ReaderModule, TextReader};
use rolecall::interop::source::{Failure, Loaded, Reading, from_text, reading};
use rolecall::platform::json;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const MINI: &str = include_str!("fixtures/mini.toml");
const BROKEN: &str = include_str!("fixtures/broken.toml");

#[wasm_bindgen_test]
fn the_readers_answer_crosses_to_the_page_whole() {
    let texts = [
        MINI,
        BROKEN,
        include_str!("../assets/quizzes/cm-vs-smm.toml"),
        include_str!("../assets/quizzes/cm-vs-smm.es.toml"),
        include_str!("../assets/quizzes/support-or-sales.toml"),
        include_str!("../assets/quizzes/launch-raci.toml"),
        "<!doctype html><p>Sign in</p>",
        "",
    ];
    for text in texts {
        let answer = reading(text);
        let crossed = json::to_js(&answer).expect("every answer is a JS value");
        let back: Reading = json::from_js(crossed).expect("and reads back");
        assert_eq!(back, answer);
    }
}

#[wasm_bindgen_test]
async fn a_reader_module_that_cannot_be_imported_is_no_reader_every_time() {
    for _ in 0..2 {
        assert_eq!(ReaderModule::check(MINI.into()).await, Loaded::Failed(Failure::NoReader));
    }
}

#[wasm_bindgen_test]
async fn the_editors_linked_loader_checks_text_in_the_page() {
    for text in [MINI, BROKEN, "{}"] {
        assert_eq!(LinkedLoader::check(text.into()).await, from_text(text));
    }
    assert!(matches!(LinkedLoader::check(MINI.into()).await, Loaded::Ready(q) if &*q.id == "mini"));
}
