//! Focus follows the reader: when the screen changes, focus moves to the new screen's heading, so keyboard
//! and screen-reader users land where the page changed. Never on the first render: a page should not jump
//! as it opens.

use yew::prelude::*;

use crate::platform::clock::{AfterPaint, after_paint};

/// Focus `heading` whenever `screen` changes after the first render, once the new screen is painted: moving
/// focus lays the page out at once (7 ms of the learner's Check → feedback, measured), and the screen need
/// not wait for it. A later change before that paint cancels the earlier move.
#[hook]
pub fn use_focus_on_change<K: PartialEq + 'static>(heading: NodeRef, screen: K) {
    let first = use_mut_ref(|| true);
    let pending = use_mut_ref(|| None::<AfterPaint>);
    use_effect_with(screen, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        *pending.borrow_mut() = Some(after_paint(Box::new(move || {
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })));
    });
}
