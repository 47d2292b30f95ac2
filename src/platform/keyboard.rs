//! The keyboard: one `keydown` listener on the document for every page's shortcuts. It reads the event into
//! a [`KeyPress`] (which key, which modifiers, where focus is) and hands it on; what the key means, and when
//! it is not ours, is decided in [`crate::interop::keys`]. A key the page takes has its default action
//! prevented (Space would scroll, Enter would also submit a form).

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

use crate::interop::keys::{KeyPress, Target};

/// Where focus is, as the rule for what is ours needs to know it.
fn target_of(event: &web_sys::KeyboardEvent) -> Target {
    let Some(el) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return Target::Page;
    };
    match el.tag_name().as_str() {
        "INPUT" => match el.get_attribute("type").unwrap_or_default().to_ascii_lowercase().as_str() {
            "radio" | "checkbox" => Target::Choice,
            "button" | "submit" | "reset" => Target::Control,
            _ => Target::Field,
        },
        "TEXTAREA" | "SELECT" => Target::Field,
        _ if el.is_content_editable() => Target::Field,
        "BUTTON" | "A" | "SUMMARY" => Target::Control,
        _ => Target::Page,
    }
}

/// Call `on_key` for every key press on the page until the returned listener is dropped; when it returns
/// `true` (the key was taken), the browser's own action for the key is prevented.
pub fn listen(on_key: impl Fn(&KeyPress) -> bool + 'static) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(&document, "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        let press = KeyPress {
            key: event.key(),
            shift: event.shift_key(),
            modified: event.ctrl_key() || event.alt_key() || event.meta_key(),
            repeat: event.repeat(),
            target: target_of(event),
        };
        if on_key(&press) {
            event.prevent_default();
        }
    }))
}
