//! One practice item with one answer (with the brand or with each other, spot the trait, name the
//! structure): the exchange, moment or description, and its question's options as a native radio group.
//! A two-way question (the talk test) shows its two options side by side as big targets.

use yew::prelude::*;

use super::{ChoiceGroup, ChoiceOption};
use crate::engine::quiz::Id;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ItemCardProps {
    /// The eyebrow (the card's place in the session) and the heading (the kind's name).
    pub eyebrow: AttrValue,
    pub heading: AttrValue,
    /// The item's text and its question, with the options in the order dealt (quiz content).
    pub text: AttrValue,
    pub question: AttrValue,
    pub options: Vec<ChoiceOption>,
    /// The option chosen and Check pressed.
    pub on_submit: Callback<Id>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
    #[prop_or_default]
    pub content_lang: Option<AttrValue>,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn ItemCard(props: &ItemCardProps) -> Html {
    let ItemCardProps {
        eyebrow,
        heading,
        text,
        question,
        options,
        on_submit,
        heading_ref,
        content_lang,
        lang,
    } = props;
    let words = lang.text();
    let chosen = use_state(|| None::<Id>);
    let missing = use_state(|| false);
    let on_select = {
        let chosen = chosen.clone();
        Callback::from(move |id: Id| chosen.set(Some(id)))
    };
    // As on a scenario card: the button acts on its click, and the submission that would follow is
    // cancelled (a frame sandboxed without `allow-forms` never fires `submit`). Enter still clicks it.
    let onsubmit = |e: SubmitEvent| e.prevent_default();
    let onclick = {
        let (chosen, missing, on_submit) = (chosen.clone(), missing.clone(), on_submit.clone());
        move |e: MouseEvent| {
            e.prevent_default();
            match &*chosen {
                Some(id) => on_submit.emit(id.clone()),
                None => missing.set(true),
            }
        }
    };
    html! {
        <form class={classes!("panel", "item-card", (options.len() == 2).then_some("is-two-way"))} {onsubmit}
            aria-labelledby="item-heading" novalidate=true>
            <p class="eyebrow">{ eyebrow.clone() }</p>
            <h2 id="item-heading" tabindex="-1" ref={heading_ref.clone()}>{ heading.clone() }</h2>
            <p class="story" lang={content_lang.clone()}>{ text.clone() }</p>
            { ChoiceGroup { legend: question, name: "item", options, selected: chosen.as_ref(),
                on_select: &on_select, first_key: None, content_lang: content_lang.as_ref() }.view() }
            <div class="actions">
                <button type="submit" class="primary" {onclick}>{ words.card().check }</button>
                <p class="form-hint" role="status">
                    if *missing && chosen.is_none() { { words.drill().choose_first } }
                </p>
            </div>
        </form>
    }
}
