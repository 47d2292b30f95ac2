//! Files the learner saves or picks: progress downloaded as a text file, and a picked file read as text.

/// Offer `text` as a download named `name`.
#[cfg(target_arch = "wasm32")]
pub fn download(name: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;

    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// The text of a picked file (at most `limit` bytes: anything larger is not ours).
#[cfg(target_arch = "wasm32")]
pub async fn read_text(file: web_sys::File, limit: f64) -> Result<String, &'static str> {
    if file.size() > limit {
        return Err("The file is too large to be RoleCall progress.");
    }
    let text =
        wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|_| "The file could not be read.")?;
    text.as_string().ok_or("The file could not be read as text.")
}
