//! The interface language: a native select listing each language in itself ("English", "Español").

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let LanguageSwitchProps { lang, on_change } = props;
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
                    <option value={l.tag()} lang={l.tag()} selected={l == lang}>{ l.autonym() }</option>
                }) }
            </select>
        </p>
    }
}
