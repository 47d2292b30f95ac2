//! The page RoleCall is embedded in, as the browser shows it: find the parent, post to it, observe the
//! content's height, listen for requests. The messages and the rules for them are in
//! [`crate::interop::messages`]. What can fail returns a `Result`; nothing here panics.

use std::cell::RefCell;
use std::fmt;

use gloo_events::EventListener;
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::interop::messages::{self as m, Inbound, Incoming, Outbound, Received};

/// Why a message could not be sent or a watcher could not start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedError {
    /// No window, or this page is not in a frame.
    NotFramed,
    /// The parent's origin is unknown, so results are not sent.
    UnknownParent,
    /// The browser refused this call (no ResizeObserver, a postMessage error, …).
    Browser(&'static str),
}

impl fmt::Display for EmbedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmbedError::NotFramed => write!(f, "this page is not inside a frame"),
            EmbedError::UnknownParent => write!(f, "the embedding page's origin is unknown"),
            EmbedError::Browser(e) => write!(f, "the browser refused: {e}"),
        }
    }
}

/// The error for a refused call, named by what was called (the exception's text is not worth the code
/// that formats it).
fn refused(call: &'static str) -> impl Fn(JsValue) -> EmbedError {
    move |_| EmbedError::Browser(call)
}

thread_local! {
    /// The parent's origin as learned from its first accepted message, when the referrer was empty.
    static LEARNED_ORIGIN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The parent window, when this page is framed.
fn parent() -> Result<web_sys::Window, EmbedError> {
    let window = web_sys::window().ok_or(EmbedError::NotFramed)?;
    let parent = window.parent().ok().flatten().ok_or(EmbedError::NotFramed)?;
    if parent == window { Err(EmbedError::NotFramed) } else { Ok(parent) }
}

/// The parent's origin: from `location.ancestorOrigins` where the browser has it, else the referrer,
/// else the parent's first accepted message.
pub fn parent_origin() -> Option<String> {
    let window = web_sys::window()?;
    let ancestors = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into()).ok();
    let nearest =
        ancestors.and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok()).and_then(|o| o.as_string());
    let referrer = window.document().map(|d| d.referrer()).unwrap_or_default();
    m::parent_origin(nearest.as_deref(), &referrer).or_else(|| LEARNED_ORIGIN.with(|o| o.borrow().clone()))
}

/// The WordPress secret in this page's address, if any.
pub fn secret() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    m::wordpress_secret(&hash)
}

/// This page's address without its query and fragment.
pub fn page() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    m::page_address(&href).to_string()
}

/// The folder this page is served from (its address up to the last `/`), where `embed.js` is too.
pub fn folder() -> String {
    let page = page();
    page[..page.rfind('/').map_or(page.len(), |i| i + 1)].to_string()
}

/// Post a message to the parent as a plain object (what host scripts and WordPress expect).
fn post<T: Serialize>(message: &T, target: &str) -> Result<(), EmbedError> {
    let parent = parent()?;
    let value = super::json::to_js(message).map_err(|_| EmbedError::Browser("a message that is not JSON"))?;
    parent.post_message(&value, target).map_err(refused("postMessage"))
}

/// Now as ISO 8601, as an xAPI timestamp, by the browser's clock and calendar.
pub fn timestamp(ms: u64) -> String {
    js_sys::Date::new(&JsValue::from_f64(ms as f64)).to_iso_string().into()
}

/// Tell the parent the content's height, in RoleCall's envelope and, inside WordPress, in its protocol.
pub fn post_height(px: u32) -> Result<(), EmbedError> {
    let origin = parent_origin();
    let target = m::target_origin(origin.as_deref(), false).unwrap_or("*");
    post(&m::height(px), target)?;
    match secret() {
        Some(secret) => post(&m::wordpress_height(px, &secret), target),
        None => Ok(()),
    }
}

/// Send a results message (answered / completed) to the parent, only to its known origin.
pub fn post_results(message: &Outbound) -> Result<(), EmbedError> {
    let origin = parent_origin();
    let target =
        m::target_origin(origin.as_deref(), message.carries_results()).ok_or(EmbedError::UnknownParent)?;
    post(message, target)
}

/// Watches an element's size; stops when dropped.
pub struct HeightObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for HeightObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Call `on_height` with the height the page needs to show `content` without scrolling (the bottom of its
/// bounding box, in page coordinates), now and whenever its size changes. The content, not the document,
/// is measured: inside a frame `documentElement.scrollHeight` never drops below the frame's own height,
/// so a frame sized by it could grow but never shrink.
pub fn observe_height(
    content: &web_sys::Element,
    on_height: impl Fn(u32) + 'static,
) -> Result<HeightObserver, EmbedError> {
    parent()?;
    let element = content.clone();
    let measure = std::rc::Rc::new(move || {
        let scroll = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
        let bottom = element.get_bounding_client_rect().bottom() + scroll;
        on_height(bottom.max(0.0).ceil() as u32);
    });
    let on_resize = measure.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries| on_resize());
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())
        .map_err(refused("new ResizeObserver"))?;
    observer.observe(content);
    // Once now as well: a frame its page hides (WordPress clips it until it reports a height) is not
    // rendered, so its ResizeObserver stays silent until then; measuring forces the layout it needs.
    measure();
    Ok(HeightObserver { observer, _callback: callback })
}

/// Listen for the parent's messages, calling `on_message` for each that [`m::read`] accepts; stops when the
/// listener is dropped.
pub fn listen(on_message: impl Fn(Inbound) + 'static) -> Result<EventListener, EmbedError> {
    let parent = parent()?;
    let window = web_sys::window().ok_or(EmbedError::NotFramed)?;
    Ok(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        // Compared as plain values: a cross-origin parent is not `instanceof Window` here, so a checked
        // cast would refuse it.
        let from_parent = event.source().is_some_and(|s| JsValue::from(s) == JsValue::from(&parent));
        let origin = event.origin();
        // Data of another shape (a string, a number, a host's own object) reads as nothing of ours.
        let data: Incoming = super::json::from_js(event.data()).unwrap_or_default();
        let received = Received { from_parent, origin: &origin, data };
        let known = parent_origin();
        if let Some(inbound) = m::read(&received, known.as_deref(), secret().as_deref()) {
            if known.is_none() && origin != "null" {
                LEARNED_ORIGIN.with(|o| *o.borrow_mut() = Some(origin.clone()));
            }
            on_message(inbound);
        }
    }))
}
