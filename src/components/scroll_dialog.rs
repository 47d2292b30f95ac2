//! Content too long for the screen it belongs to (the whole chart, every answer of a session), in a native
//! modal `<dialog>` that scrolls by itself. An embed's frame must stay within the 1,000 px a blog allows
//! (WordPress clamps it there), so what is long by nature opens here instead of growing the page.
//!
//! `showModal()` gives the browser's own focus handling: focus stays in the dialog, Escape closes it and
//! focus returns to the button that opened it. Focus starts on the heading, so the dialog is read from the
//! top; it is moved there by hand, as browsers ignore `autofocus` in a cross-origin frame (an embed). The
//! Close button calls `close()` rather than submitting a `method="dialog"` form, which a frame sandboxed
//! without `allow-forms` (WordPress's) would refuse.

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ScrollDialogProps {
    pub open: bool,
    /// Called when the dialog closes (its button, or Escape).
    pub on_close: Callback<()>,
    /// The dialog's heading, which also names it (Html, for quiz words marked with the quiz's language).
    pub heading: Html,
    /// The heading's element id (unique on the page).
    pub heading_id: AttrValue,
    #[prop_or_default]
    pub children: Html,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn ScrollDialog(props: &ScrollDialogProps) -> Html {
    let ScrollDialogProps { open, on_close, heading, heading_id, children, lang } = props;
    let dialog = use_node_ref();
    let title = use_node_ref();
    {
        let (dialog, title) = (dialog.clone(), title.clone());
        use_effect_with(*open, move |&open| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if open && !d.open() {
                    let _ = d.show_modal();
                    if let Some(h) = title.cast::<web_sys::HtmlElement>() {
                        let _ = h.focus();
                    }
                } else if !open && d.open() {
                    d.close();
                }
            }
        });
    }
    // Closing through the element, as Escape does, so the browser restores focus and fires `close`.
    let close = {
        let dialog = dialog.clone();
        move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
        }
    };
    // Keys pressed in the dialog are the dialog's: the page's shortcuts (Enter goes on to the next scenario)
    // must not act on the screen behind it. Escape still closes it (a default action, not a listener).
    let onkeydown = |e: KeyboardEvent| e.stop_propagation();
    html! {
        <dialog ref={dialog} class="scroll-dialog" aria-labelledby={heading_id.clone()}
            onclose={on_close.reform(|_| ())} {onkeydown}>
            <h2 id={heading_id.clone()} tabindex="-1" ref={title}>{ heading.clone() }</h2>
            { children.clone() }
            <div class="actions">
                <button type="button" class="primary" onclick={close}>{ lang.text().common().close }</button>
            </div>
        </dialog>
    }
}
