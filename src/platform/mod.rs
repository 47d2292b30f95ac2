//! The only code that touches browser APIs. Each module has a pure half (parse, decide), tested on the host,
//! and a thin web half (compiled for wasm32 only) that returns `Result` and never panics.

pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod compression;
pub mod download;
pub mod embed;
pub mod fetch;
pub mod file;
pub mod file_drop;
pub mod fullscreen;
pub mod json;
pub mod keyboard;
pub mod keys;
pub mod launch;
pub mod offline;
pub mod page;
pub mod snippets;
pub mod source;
pub mod storage;
pub mod xapi;

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
        root.set_text_content(Some(lang.text().app.crashed));
    }
}
