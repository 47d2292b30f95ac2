//! Focus follows the reader: when the screen changes, focus moves to the new screen's heading, so keyboard
//! and screen-reader users land where the page changed. Never on the first render: a page should not jump
//! as it opens.

use yew::prelude::*;

/// Focus `heading` whenever `screen` changes after the first render.
#[hook]
pub fn use_focus_on_change<K: PartialEq + 'static>(heading: NodeRef, screen: K) {
    let first = use_mut_ref(|| true);
    use_effect_with(screen, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    });
}
