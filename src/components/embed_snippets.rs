//! "Embed this quiz": copy-ready snippets, each in a read-only text box with a Copy button. When copying
//! fails, the snippet's text is selected so that the keyboard shortcut copies it.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::Lang;

/// One snippet: what it is, when to use it, and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedSnippet {
    /// Unique within the list (part of element ids).
    pub id: AttrValue,
    pub title: AttrValue,
    pub help: AttrValue,
    pub code: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct EmbedSnippetsProps {
    pub snippets: Rc<Vec<EmbedSnippet>>,
    /// The last copy: which snippet, and why it failed if it did.
    #[prop_or_default]
    pub copied: Option<(AttrValue, Result<(), AttrValue>)>,
    /// Copy this snippet's text: `(id, code)`.
    pub on_copy: Callback<(AttrValue, AttrValue)>,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn EmbedSnippets(props: &EmbedSnippetsProps) -> Html {
    let EmbedSnippetsProps { snippets, copied, on_copy, lang } = props;
    let t = lang.text().embed();
    let list = use_node_ref();
    {
        let list = list.clone();
        use_effect_with(copied.clone(), move |copied| {
            if let (Some((id, Err(_))), Some(list)) = (copied, list.cast::<web_sys::Element>()) {
                let field = list.query_selector(&format!("#embed-{id}")).ok().flatten();
                if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                    let _ = field.focus();
                    field.select();
                }
            }
        });
    }
    html! {
        <div class="snippets" ref={list}>
            { for snippets.iter().map(|s| {
                let field = format!("embed-{}", s.id);
                let status = match copied {
                    Some((id, result)) if *id == s.id => match result {
                        Ok(()) => AttrValue::from(t.copied),
                        Err(why) => why.clone(),
                    },
                    _ => AttrValue::default(),
                };
                let onclick = {
                    let what = (s.id.clone(), s.code.clone());
                    on_copy.reform(move |_| what.clone())
                };
                // Enough rows for the text at about 70 characters a line (CSS `field-sizing` fits it exactly
                // where supported).
                let rows = (s.code.len() / 70 + s.code.lines().count()).clamp(1, 6).to_string();
                html! {
                    <section key={s.id.to_string()} class="snippet">
                        // A native label, inside the heading: it names the box even while scrolled out of view.
                        <h2><label for={field.clone()}>{ s.title.clone() }</label></h2>
                        <p id={format!("{field}-help")} class="hint">{ s.help.clone() }</p>
                        <textarea id={field.clone()} readonly=true spellcheck="false" {rows}
                            aria-describedby={format!("{field}-help")} value={s.code.clone()} />
                        <div class="copy-row">
                            <button type="button" class="secondary" {onclick}
                                aria-label={t.copy_label.fill([&s.title])}>{ t.copy }</button>
                            <p class="copy-status" role="status">{ status }</p>
                        </div>
                    </section>
                }
            }) }
        </div>
    }
}
