//! How far through the session the learner is: a native `<progress>` with its words beside it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressMeterProps {
    /// Cards answered so far.
    pub done: usize,
    pub total: usize,
}

#[component]
pub fn ProgressMeter(props: &ProgressMeterProps) -> Html {
    let ProgressMeterProps { done, total } = *props;
    let words = format!("{done} of {total} answered");
    html! {
        <div class="progress-meter">
            <progress id="progress" max={total.to_string()} value={done.to_string()} aria-label="Progress">
                { words.clone() }
            </progress>
            <span class="progress-words" aria-hidden="true">{ words }</span>
        </div>
    }
}
