//! The interface language: a native select listing each language in itself ("English", "Español").

use yew::prelude::*;

use crate::i18n::Lang;

/// A plain function, not a component: it holds no state, and its page re-renders it only when the language
/// changes anyway (a component's machinery cost the learner's wasm more than it saved).
pub fn language_switch(lang: Lang, on_change: &Callback<Lang>) -> Html {
    let onchange = {
        let on_change = on_change.clone();
        move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_tag(&select.value()) {
                on_change.emit(lang);
            }
        }
    };
    html! {
        <p class="language-switch">
            <label for="rolecall-language">{ lang.text().frame().language }</label>
            { " " }
            <select id="rolecall-language" {onchange}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.tag()} lang={l.tag()} selected={*l == lang}>{ l.autonym() }</option>
                }) }
            </select>
        </p>
    }
}
