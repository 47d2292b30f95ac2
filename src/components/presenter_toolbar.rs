//! The presenter's buttons: every key has one, showing its key, so a mouse, a touch screen or a switch works
//! as well as the keyboard. A button that cannot act now is disabled, never hidden, so nothing jumps.

use yew::prelude::*;

use crate::i18n::Lang;

/// One button of the toolbar.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolButton {
    /// What the button does, for the callback.
    pub id: &'static str,
    pub label: AttrValue,
    /// The key that does the same, shown beside the label and given as `aria-keyshortcuts`.
    pub key: &'static str,
    /// The `aria-keyshortcuts` value (the key as the spec names it).
    pub shortcut: &'static str,
    pub enabled: bool,
    /// For toggles: whether it is on.
    pub pressed: Option<bool>,
    pub primary: bool,
}

#[derive(Properties, PartialEq)]
pub struct PresenterToolbarProps {
    pub buttons: Vec<ToolButton>,
    pub on_press: Callback<&'static str>,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn PresenterToolbar(props: &PresenterToolbarProps) -> Html {
    html! {
        <nav class="presenter-toolbar" aria-label={props.lang.text().presenter().toolbar}>
            { for props.buttons.iter().map(|b| {
                let id = b.id;
                html! {
                    <button key={id} type="button" class={if b.primary { "primary" } else { "secondary" }}
                        disabled={!b.enabled} aria-keyshortcuts={b.shortcut}
                        aria-pressed={b.pressed.map(|p| if p { "true" } else { "false" })}
                        onclick={props.on_press.reform(move |_: MouseEvent| id)}>
                        { b.label.clone() }<kbd aria-hidden="true">{ b.key }</kbd>
                    </button>
                }
            }) }
        </nav>
    }
}
