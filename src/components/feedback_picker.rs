//! When to see the answers: a native radio group of the three feedback policies, each with a short line on
//! what it means.

use yew::prelude::*;

use crate::engine::deck::Feedback;
use crate::i18n::{Lang, StartText};

/// A policy's name and what it means.
fn words(t: &StartText, f: Feedback) -> (&'static str, &'static str) {
    match f {
        Feedback::Practice => t.practice,
        Feedback::Test => t.test,
        Feedback::SelfCheck => t.self_check,
    }
}

/// The radio group of policies with `feedback` chosen. A plain function, not a component: it holds no state.
pub fn feedback_picker(feedback: Feedback, on_feedback: &Callback<Feedback>, lang: Lang) -> Html {
    let t = &lang.text().start();
    html! {
        <fieldset class="choice-group policies">
            <legend>{ t.policy }</legend>
            <div class="choices">
                { for Feedback::ALL.into_iter().map(|f| {
                    let id = ["feedback-", f.tag()].concat();
                    let (name, what) = words(t, f);
                    html! {
                        <label key={id.clone()} for={id.clone()} class={if f == feedback { "choice is-selected" } else { "choice" }}>
                            <input type="radio" name="feedback" id={id} value={f.tag()} checked={f == feedback}
                                onchange={on_feedback.reform(move |_: Event| f)} />
                            <span><strong>{ name }</strong>{ ": " }{ what }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
