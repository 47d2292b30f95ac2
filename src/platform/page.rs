//! The page RoleCall runs in: the colour scheme and layout it asks for, and the clipboard.
//!
//! The pure half names the `<html>` attributes the stylesheet reads (`data-theme`, `data-mode`) and words the
//! clipboard's failures; the web half sets the attributes and copies text.

use crate::i18n::EmbedText;
use crate::interop::launch::{Mode, Theme};

/// The `data-theme` value for a theme; `None` (no attribute) follows the reader's system setting.
pub fn theme_attribute(theme: Theme) -> Option<&'static str> {
    match theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    }
}

/// The `data-mode` value: the stylesheet's compact embed layout keys on it.
pub fn mode_attribute(mode: Mode) -> &'static str {
    match mode {
        Mode::Study => "self-study",
        Mode::Present => "present",
        Mode::Embed => "embed",
        Mode::Edit => "edit",
    }
}

/// Why text could not be copied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClipboardError {
    /// No Clipboard API here (an insecure page, an old browser, a sandboxed frame).
    Unavailable,
    /// The browser or the reader refused.
    Refused,
}

impl ClipboardError {
    /// Why, and what to do instead (the text is selected for the keyboard shortcut).
    pub fn words(&self, t: &EmbedText) -> &'static str {
        match self {
            ClipboardError::Unavailable => t.no_clipboard,
            ClipboardError::Refused => t.copy_refused,
        }
    }
}

/// Set `data-theme` and `data-mode` on `<html>`, before the first render, so the page never flashes the
/// wrong colours.
#[cfg(target_arch = "wasm32")]
pub fn present(theme: Theme, mode: Mode) -> Result<(), wasm_bindgen::JsValue> {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
    if let Some(value) = theme_attribute(theme) {
        root.set_attribute("data-theme", value)?;
    }
    root.set_attribute("data-mode", mode_attribute(mode))
}

/// Copy `text` with the asynchronous Clipboard API.
#[cfg(target_arch = "wasm32")]
pub async fn copy(text: &str) -> Result<(), ClipboardError> {
    let window = web_sys::window().ok_or(ClipboardError::Unavailable)?;
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined on insecure pages; web-sys would hand back a non-object.
    let clipboard =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).map_err(|_| ClipboardError::Unavailable)?;
    if !clipboard.is_object() {
        return Err(ClipboardError::Unavailable);
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ClipboardError::Refused)
}

/// The reader's preferred languages, most preferred first (`navigator.languages`, else `navigator.language`).
#[cfg(target_arch = "wasm32")]
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let listed: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if listed.is_empty() { navigator.language().into_iter().collect() } else { listed }
}

/// Set `<html lang>` to the interface language, so screen readers pronounce the chrome right (quiz content
/// carries its own `lang`).
#[cfg(target_arch = "wasm32")]
pub fn set_language(tag: &str) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Call `f` whenever the reader leaves the page or it stops being seen: `pagehide` (closing, reloading,
/// going elsewhere) and `visibilitychange` to hidden (another tab, the phone's home screen, after which a
/// mobile browser may end the page without another event). Work deferred until after a paint is done here
/// at the latest. Listens until the returned listeners are dropped.
#[cfg(target_arch = "wasm32")]
pub fn on_leave(f: std::rc::Rc<dyn Fn()>) -> Vec<gloo_events::EventListener> {
    let (Some(window), Some(document)) = (web_sys::window(), web_sys::window().and_then(|w| w.document()))
    else {
        return Vec::new();
    };
    let on_hide = f.clone();
    let hidden_document = document.clone();
    vec![
        gloo_events::EventListener::new(&window, "pagehide", move |_| f()),
        gloo_events::EventListener::new(&document, "visibilitychange", move |_| {
            if hidden_document.hidden() {
                on_hide();
            }
        }),
    ]
}
