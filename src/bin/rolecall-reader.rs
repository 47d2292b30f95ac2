//! The quiz-text reader (`reader/rolecall-reader.js` and its wasm in the build): the TOML reader and the
//! quiz loader as a wasm module of their own, with no Yew. A page imports it (`platform::reader`) only when it
//! must read quiz text (a `quiz=` address, a share link, a file opened or handed over), so the presenter of
//! the built-in quiz, which arrives as checked JSON, never downloads it.
//!
//! One export, [`read`]: the text in, a [`Reading`] out as a plain JS value (objects, arrays, strings,
//! numbers, as `JSON.parse` would give: `platform::json::to_js`), which the page reads back with its own
//! serde reader.

#[cfg(target_arch = "wasm32")]
mod web {
    use rolecall::interop::source::reading;
    use rolecall::platform::json;
    use wasm_bindgen::prelude::*;

    /// Check quiz text: the quiz, its problems (line, column, message) or what it plainly is instead.
    /// Never throws: a value that could not be made (not expected) is `null`, which the page takes for a
    /// reader it cannot use.
    #[wasm_bindgen]
    pub fn read(text: &str) -> JsValue {
        json::to_js(&reading(text)).unwrap_or(JsValue::NULL)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("rolecall-reader is the web app's quiz-text reader module: build it with `bash .ci/build.sh`.");
    std::process::exit(2);
}
