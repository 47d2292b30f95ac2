//! When to see the answers: a native radio group of the three feedback policies, each with a short line on
//! what it means.

use yew::prelude::*;

use crate::engine::session::Feedback;

#[derive(Properties, PartialEq)]
pub struct FeedbackPickerProps {
    pub feedback: Feedback,
    pub on_feedback: Callback<Feedback>,
}

fn words(f: Feedback) -> (&'static str, &'static str) {
    match f {
        Feedback::Practice => ("Practice", "the answer and the chart after each scenario"),
        Feedback::Test => ("Test", "all the answers at the end, with your score"),
        Feedback::SelfCheck => ("Self-check", "compare with the chart after each scenario, no score"),
    }
}

#[component]
pub fn FeedbackPicker(props: &FeedbackPickerProps) -> Html {
    let FeedbackPickerProps { feedback, on_feedback } = props;
    html! {
        <fieldset class="choice-group policies">
            <legend>{ "How do you want feedback?" }</legend>
            <div class="choices">
                { for Feedback::ALL.into_iter().map(|f| {
                    let id = format!("feedback-{}", f.tag());
                    let (name, what) = words(f);
                    html! {
                        <label key={id.clone()} for={id.clone()} class={classes!("choice", (f == *feedback).then_some("is-selected"))}>
                            <input type="radio" name="feedback" id={id} value={f.tag()} checked={f == *feedback}
                                onchange={on_feedback.reform(move |_: Event| f)} />
                            <span><strong>{ name }</strong>{ ": " }{ what }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
