//! How far through the session the learner is: a native `<progress>` with its words beside it.

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ProgressMeterProps {
    /// Cards answered so far.
    pub done: usize,
    pub total: usize,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn ProgressMeter(props: &ProgressMeterProps) -> Html {
    let ProgressMeterProps { done, total, lang } = *props;
    let t = &lang.text().progress();
    let words = t.answered.fill([&done.to_string(), &total.to_string()]);
    html! {
        <div class="progress-meter">
            <progress id="progress" max={total.to_string()} value={done.to_string()} aria-label={t.meter}>
                { words.clone() }
            </progress>
            <span class="progress-words" aria-hidden="true">{ words }</span>
        </div>
    }
}
