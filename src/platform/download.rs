//! Saving a file the page made (the class summary as CSV, a quiz's text from the editor) without a server:
//! a `Blob`, an object URL and a link with `download`. The pure half names the file; the web half hands it
//! to the browser.

/// `rolecall-<quiz-id>-class.csv`.
pub fn csv_file_name(quiz_id: &str) -> String {
    format!("rolecall-{}-class.csv", safe(quiz_id))
}

/// `<quiz-id>.toml`, the editor's download of a quiz's text; `quiz.toml` when there is no id to go by.
pub fn toml_file_name(quiz_id: &str) -> String {
    let id = safe(quiz_id);
    format!("{}.toml", if id.is_empty() { "quiz" } else { &id })
}

/// Only what a quiz id may hold (letters, digits, `-` and `_`), so a name is safe everywhere.
fn safe(quiz_id: &str) -> String {
    quiz_id.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')).collect()
}

/// Offer `text` for download as `file_name`, with `mime` as its type.
#[cfg(target_arch = "wasm32")]
pub fn save(file_name: &str, mime: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;

    let document = web_sys::window().and_then(|w| w.document()).ok_or(wasm_bindgen::JsValue::NULL)?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_file_is_named_after_the_quiz() {
        assert_eq!(super::csv_file_name("cm-vs-smm"), "rolecall-cm-vs-smm-class.csv");
        assert_eq!(super::csv_file_name("../x y"), "rolecall-xy-class.csv");
    }

    #[test]
    fn a_quiz_text_is_named_after_its_id() {
        assert_eq!(super::toml_file_name("launch-raci"), "launch-raci.toml");
        assert_eq!(super::toml_file_name("../"), "quiz.toml");
    }
}
