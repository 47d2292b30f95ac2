//! The list of keyboard shortcuts, in a native modal `<dialog>`: the browser traps focus inside it, Escape
//! closes it, and focus returns to where it was.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyHelpDialogProps {
    pub open: bool,
    /// Called when the dialog closes (its button, or Escape).
    pub on_close: Callback<()>,
    /// The keys and what they do, in order.
    pub keys: Vec<(AttrValue, AttrValue)>,
}

#[component]
pub fn KeyHelpDialog(props: &KeyHelpDialogProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |&open| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if open && !d.open() {
                    let _ = d.show_modal();
                } else if !open && d.open() {
                    d.close();
                }
            }
        });
    }
    let on_close = props.on_close.clone();
    html! {
        <dialog ref={dialog} class="key-help" aria-labelledby="key-help-heading" onclose={on_close.reform(|_| ())}>
            <h2 id="key-help-heading">{ "Keyboard shortcuts" }</h2>
            <dl>
                { for props.keys.iter().map(|(key, what)| html! {
                    <div key={key.to_string()}><dt><kbd>{ key.clone() }</kbd></dt><dd>{ what.clone() }</dd></div>
                }) }
            </dl>
            <form method="dialog">
                <button type="submit" class="primary">{ "Close" }</button>
            </form>
        </dialog>
    }
}
