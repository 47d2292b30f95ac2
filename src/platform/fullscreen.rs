//! Fullscreen for the projector. Nothing to decide here, so there is no pure half: the web half asks the
//! browser and reports, never panics. A refusal (an iframe without `allowfullscreen`, a browser setting) is
//! harmless: the presenter simply stays in the window.

/// Enter fullscreen with the whole page, or leave it if the page is already fullscreen.
#[cfg(target_arch = "wasm32")]
pub fn toggle() -> Result<(), wasm_bindgen::JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(wasm_bindgen::JsValue::NULL)?;
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
        Ok(())
    } else {
        document.document_element().ok_or(wasm_bindgen::JsValue::NULL)?.request_fullscreen()
    }
}
