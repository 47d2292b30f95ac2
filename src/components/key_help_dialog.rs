//! The keyboard help of every mode (self-study's shortcuts, the presenter's keyboard map), in a native modal
//! `<dialog>`: the browser traps focus inside it, Escape closes it, and focus returns to where it was.

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct KeyHelpDialogProps {
    pub open: bool,
    /// Called when the dialog closes (its button, or Escape).
    pub on_close: Callback<()>,
    pub heading: AttrValue,
    /// The keys (as the keyboard names them) and what they do, in order.
    pub keys: Vec<(AttrValue, AttrValue)>,
    /// A remark under the list.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn KeyHelpDialog(props: &KeyHelpDialogProps) -> Html {
    let KeyHelpDialogProps { open, on_close, heading, keys, note, lang } = props;
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(*open, move |&open| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if open && !d.open() {
                    let _ = d.show_modal();
                } else if !open && d.open() {
                    d.close();
                }
            }
        });
    }
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
        })
    };
    // Escape closes the dialog at once, but its `close` event comes in a later task: a key pressed in between
    // would still find the help open in the page's state and be dropped (the presenter's e2e lost one of nine
    // quick presses that way). `cancel` fires within Escape's own task, so the state is closed before the next
    // key; `close` still covers the button (on_close is idempotent).
    html! {
        <dialog ref={dialog} class="key-help" aria-labelledby="key-help-heading"
            oncancel={on_close.reform(|_| ())} onclose={on_close.reform(|_| ())}>
            <h2 id="key-help-heading">{ heading.clone() }</h2>
            <dl class="key-map">
                { for keys.iter().map(|(key, what)| html! {
                    <div key={key.to_string()}><dt><kbd>{ key.clone() }</kbd></dt><dd>{ what.clone() }</dd></div>
                }) }
            </dl>
            if let Some(note) = note {
                <p class="help-note">{ note.clone() }</p>
            }
            // A button, not a `method=dialog` form: a sandboxed embed without `allow-forms` (WordPress's)
            // refuses every form submission, that one included.
            <div class="actions">
                <button type="button" class="primary" onclick={close}>{ lang.text().common().close }</button>
            </div>
        </dialog>
    }
}
