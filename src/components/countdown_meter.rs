//! The countdown, when the presenter starts one: minutes and seconds left in large text, and "Time's up" in
//! words once it has run out (no flashing, no sound).

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct CountdownMeterProps {
    /// Milliseconds left (0 once it has run out).
    pub remaining_ms: u64,
    #[prop_or_default]
    pub lang: Lang,
}

/// "1:05" for 65 s, rounding up so the display reaches 0:00 only when time is up.
pub fn clock_text(ms: u64) -> String {
    let s = ms.div_ceil(1000);
    format!("{}:{:02}", s / 60, s % 60)
}

#[component]
pub fn CountdownMeter(props: &CountdownMeterProps) -> Html {
    let ms = props.remaining_ms;
    let t = &props.lang.text().presenter();
    html! {
        <p class={classes!("countdown", (ms == 0).then_some("is-up"))}>
            if ms == 0 {
                { t.times_up }
            } else {
                <span class="visually-hidden">{ t.time_left }</span>{ clock_text(ms) }
            }
        </p>
    }
}
