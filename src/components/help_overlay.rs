//! The keyboard map, in a native modal `<dialog>`: the browser traps focus inside, Escape closes it, and focus
//! returns to where it was.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpOverlayProps {
    pub open: bool,
    /// The dialog was closed (its button, Escape, or `?`).
    pub on_close: Callback<()>,
}

/// The keys and what they do, in the order a class uses them.
pub const KEYS: [(&str, &str); 12] = [
    ("→ or Space", "Next step: scenario → vote on the role → vote on the team → answer → next scenario"),
    ("←", "Step back (votes are kept)"),
    ("A, B, C, D…", "One more vote for that option of the question being counted"),
    ("Shift + letter", "One fewer vote for that option"),
    ("1 / 2", "Count the role question / the team question"),
    ("R", "Reveal the answer now"),
    ("V", "Vote again: a second round after discussion"),
    ("T", "Start or stop the countdown"),
    ("H", "Hide or show the votes"),
    ("F", "Fullscreen on or off"),
    ("?", "This help"),
    ("Tab, then type", "Type a count into an option's field; Enter returns to the keys"),
];

#[component]
pub fn HelpOverlay(props: &HelpOverlayProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |&open| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                match (open, d.open()) {
                    (true, false) => {
                        let _ = d.show_modal();
                    }
                    (false, true) => d.close(),
                    _ => {}
                }
            }
        });
    }
    let on_close = props.on_close.clone();
    html! {
        <dialog ref={dialog} class="help-overlay" aria-labelledby="help-heading"
            onclose={on_close.reform(|_: Event| ())}>
            <h2 id="help-heading">{ "Keyboard" }</h2>
            <dl class="key-map">
                { for KEYS.iter().map(|(keys, what)| html! {
                    <div key={*keys}><dt><kbd>{ *keys }</kbd></dt><dd>{ *what }</dd></div>
                }) }
            </dl>
            <p class="help-note">{ "Letters past E that are also commands (F, H) are counted with the buttons." }</p>
            <form method="dialog" class="actions">
                <button type="submit" class="primary">{ "Close" }</button>
            </form>
        </dialog>
    }
}
