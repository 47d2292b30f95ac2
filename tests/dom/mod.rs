//! DOM helpers shared by the browser test files: a fresh root to mount into, and small queries.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A fresh, empty element attached to the document.
pub fn root() -> Element {
    let doc = web_sys::window().and_then(|w| w.document()).expect("document");
    let el = doc.create_element("div").expect("div");
    doc.body().expect("body").append_child(&el).expect("attach");
    el
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).expect("selector").unwrap_or_else(|| panic!("nothing matches {selector}"))
}

pub fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

pub fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().expect("an HTML element").click();
}

/// The button whose text is `label`.
pub fn button(root: &Element, label: &str) -> Element {
    all(root, "button")
        .into_iter()
        .find(|b| text(b).trim() == label)
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

/// How many turns of the event loop [`until`] waits: far more than the browser's streams need for a quiz
/// (a few turns), so that only a page that never gets there fails.
const TURNS: u32 = 1_000;

/// Let the app render, and give the browser turns of its event loop until `ready` holds: for work the app
/// hands to the browser (a share link packed or unpacked by its compression streams), which one flush of
/// Yew's scheduler cannot wait for. Each turn is a zero-delay timeout, a yield rather than a sleep: the
/// wait ends as soon as the page is ready, and fails with `what` if it never is.
pub async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..TURNS {
        yew::scheduler::flush().await;
        if ready() {
            return;
        }
        let turn = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window().expect("window").set_timeout_with_callback(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(turn).await;
    }
    panic!("the page never got there: {what}");
}

/// A key going down with focus on the page itself, as the keyboard would send it: at the body, bubbling up
/// through the document (where the page listens) to the window.
pub fn key(key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    let body = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()).expect("body");
    body.dispatch_event(&event).expect("dispatch");
}
