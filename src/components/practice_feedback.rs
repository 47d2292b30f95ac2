//! Feedback on a practice card, for every kind: per item (a board's duties, or the one item) whether it was
//! right, in words and a symbol (colour is never the only signal), the learner's pick and the right one,
//! the list a duty comes from, why, and the source; over them the card's score as partial credit ("4 of 5
//! right"). Unscored (self-check), the learner's pick and the answer side by side without a verdict.

use yew::prelude::*;

use super::sentence;
use crate::i18n::Lang;

/// One item as its feedback shows it (all quiz content but `right`).
#[derive(Clone, Debug, PartialEq)]
pub struct ItemResult {
    pub text: AttrValue,
    pub chosen: AttrValue,
    pub answer: AttrValue,
    pub right: bool,
    /// The duty list it comes from (a sort's duties only).
    pub list: Option<AttrValue>,
    /// The citation, with the passage when the item names one.
    pub source: AttrValue,
    pub why: AttrValue,
    /// A case the sources call hard.
    pub hard: bool,
}

#[derive(Properties, PartialEq)]
pub struct PracticeFeedbackProps {
    /// The kind's name, above the verdict.
    pub kind: AttrValue,
    pub items: Vec<ItemResult>,
    pub is_last: bool,
    pub on_next: Callback<()>,
    #[prop_or(true)]
    pub scored: bool,
    #[prop_or_default]
    pub heading_ref: NodeRef,
    #[prop_or_default]
    pub content_lang: Option<AttrValue>,
    #[prop_or_default]
    pub lang: Lang,
}

/// The card's verdict in words: "Right" or "Not this time" for one item, "4 of 5 right" for a board.
pub fn practice_verdict(lang: Lang, right: usize, total: usize) -> String {
    let t = lang.text();
    match total {
        1 if right == 1 => t.drill().is_right.to_string(),
        1 => t.drill().is_wrong.to_string(),
        _ => t.drill().right_of.fill([&right.to_string(), &total.to_string()]),
    }
}

#[component]
pub fn PracticeFeedback(props: &PracticeFeedbackProps) -> Html {
    let PracticeFeedbackProps { kind, items, is_last, on_next, scored, heading_ref, content_lang, lang } =
        props;
    let text = lang.text();
    let (f, t) = (text.feedback(), text.drill());
    let right = items.iter().filter(|i| i.right).count();
    let symbol = match right {
        r if r == items.len() => "✓",
        0 => "✗",
        _ => "◐",
    };
    let quoted = |words: &AttrValue| html! { <strong lang={content_lang.clone()}>{ words.clone() }</strong> };
    let item = |(n, i): (usize, &ItemResult)| {
        let verdict = scored.then(|| {
            html! {
                <span class="badge">
                    <span aria-hidden="true">{ if i.right { "✓ " } else { "✗ " } }</span>
                    { if i.right { f.right } else { f.not_right } }
                </span>
            }
        });
        html! {
            <li key={n} class={classes!("part", scored.then_some(if i.right { "is-right" } else { "is-wrong" }))}>
                <h3><span lang={content_lang.clone()}>{ i.text.clone() }</span>{ " " }{ verdict }</h3>
                <p class="choice-line">{ sentence(f.you_chose, [quoted(&i.chosen)]) }</p>
                if !i.right || !*scored {
                    <p class="choice-line">{ sentence(t.answer_is, [quoted(&i.answer)]) }</p>
                }
                <p class="why" lang={content_lang.clone()}>{ i.why.clone() }</p>
                if i.hard { <p class="hard">{ t.hard }</p> }
                if let Some(list) = &i.list {
                    <p class="source">{ sentence(t.from_list, [html! { <span lang={content_lang.clone()}>{ list.clone() }</span> }]) }</p>
                }
                <p class="source">{ sentence(t.source, [html! { <span lang={content_lang.clone()}>{ i.source.clone() }</span> }]) }</p>
            </li>
        }
    };
    html! {
        <section class="panel feedback-panel practice-feedback" aria-labelledby="feedback-heading">
            <p class="eyebrow">{ kind.clone() }</p>
            if *scored {
                <h2 id="feedback-heading" tabindex="-1" ref={heading_ref.clone()}
                    class={classes!("verdict", if right == items.len() { "points-2" } else if right == 0 { "points-0" } else { "points-1" })}>
                    <span class="symbol" aria-hidden="true">{ symbol }</span>
                    { practice_verdict(*lang, right, items.len()) }
                </h2>
            } else {
                <h2 id="feedback-heading" tabindex="-1" ref={heading_ref.clone()}>{ f.compare }</h2>
            }
            <ol class="parts practice-items">{ for items.iter().enumerate().map(item) }</ol>
            <div class="actions">
                <button type="button" class="primary" onclick={on_next.reform(|_| ())}>
                    { if *is_last { f.see_results } else { t.next } }
                </button>
            </div>
        </section>
    }
}
