//! "Embed this quiz": a modal dialog with copy-ready snippets, each in a read-only text box with a Copy
//! button.
//!
//! It is the native `<dialog>` opened with `showModal()`, so the browser keeps focus inside it (starting on
//! its title), closes it on Escape and gives focus back to the button that opened it. When copying fails, the snippet's text is
//! selected so that the keyboard shortcut copies it.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::Lang;

/// One snippet: what it is, when to use it, and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedSnippet {
    /// Unique within the dialog (part of element ids).
    pub id: AttrValue,
    pub title: AttrValue,
    pub help: AttrValue,
    pub code: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub snippets: Rc<Vec<EmbedSnippet>>,
    /// The last copy: which snippet, and why it failed if it did.
    #[prop_or_default]
    pub copied: Option<(AttrValue, Result<(), AttrValue>)>,
    /// Copy this snippet's text: `(id, code)`.
    pub on_copy: Callback<(AttrValue, AttrValue)>,
    /// The dialog closed (Close button or Escape).
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let EmbedDialogProps { snippets, copied, on_copy, on_close, lang } = props;
    let text = lang.text();
    let t = &text.embed();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
        });
    }
    {
        let dialog = dialog.clone();
        use_effect_with(copied.clone(), move |copied| {
            if let (Some((id, Err(_))), Some(dialog)) = (copied, dialog.cast::<web_sys::Element>()) {
                let selector = format!("#embed-{id}");
                let field = dialog.query_selector(&selector).ok().flatten();
                if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                    let _ = field.focus();
                    field.select();
                }
            }
        });
    }
    // Closing through the element, as Escape does, so the browser restores focus and fires `close`.
    let close = {
        let dialog = dialog.clone();
        move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
        }
    };
    html! {
        <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-heading"
            onclose={on_close.reform(|_| ())}>
            // Focus starts on the title (not on the first box), so the dialog is read from its top.
            <h2 id="embed-heading" tabindex="-1" autofocus=true>{ text.common().embed }</h2>
            <p class="lead">{ t.lead }</p>
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
                        <h3><label for={field.clone()}>{ s.title.clone() }</label></h3>
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
            <div class="actions">
                <button type="button" class="primary" onclick={close}>{ text.common().close }</button>
            </div>
        </dialog>
    }
}
