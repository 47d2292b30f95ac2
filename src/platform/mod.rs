//! The only code that touches browser APIs: one adapter per API, each returning a typed error and never
//! panicking. Where an adapter must decide something about what the browser gave it (which failure a
//! network error most likely is, whether a file is still over the page), that pure half sits beside it and
//! is tested on the host; everything else is compiled for wasm32 only. Shapes and decisions that touch no
//! browser API live in `interop/` and `engine/`.

pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod compression;
pub mod download;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod fetch;
pub mod file;
pub mod file_drop;
pub mod fullscreen;
#[cfg(target_arch = "wasm32")]
pub mod js_value;
#[cfg(target_arch = "wasm32")]
pub mod json;
#[cfg(target_arch = "wasm32")]
pub mod keyboard;
#[cfg(target_arch = "wasm32")]
pub mod location;
pub mod offline;
pub mod page;
#[cfg(target_arch = "wasm32")]
pub mod phone_wire;
#[cfg(target_arch = "wasm32")]
pub mod reader;
#[cfg(target_arch = "wasm32")]
pub mod socket;
pub mod storage;

/// The panic hook: log to the console and replace the page's content with a plain message, so a bug never
/// leaves a blank page. (A panic aborts the wasm instance; the page cannot continue, but it can say so.) The
/// message is in the interface's language, read from `<html lang>`, which the app keeps up to date.
#[cfg(target_arch = "wasm32")]
pub fn report_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&info.to_string().into());
    let doc = web_sys::window().and_then(|w| w.document());
    let lang = doc
        .as_ref()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|tag| crate::i18n::Lang::from_tag(&tag))
        .unwrap_or_default();
    if let Some(root) =
        doc.as_ref().and_then(|d| d.get_element_by_id("rolecall").or_else(|| d.body().map(Into::into)))
    {
        root.set_text_content(Some(lang.text().frame().crashed));
    }
}
