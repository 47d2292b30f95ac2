//! The start screen: what the quiz is, how long a session to take, and the way in.

use yew::prelude::*;

use super::LengthPicker;

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub title: AttrValue,
    pub description: AttrValue,
    /// How many scenarios the quiz has in all.
    pub available: usize,
    /// The session lengths offered (each at most `available`), and the one selected.
    pub lengths: Vec<usize>,
    pub length: usize,
    pub on_length: Callback<usize>,
    pub on_start: Callback<()>,
    pub on_chart: Callback<()>,
    /// Switch to presenter mode (one scenario at a time on a projector).
    #[prop_or_default]
    pub on_present: Callback<()>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
}

#[component]
pub fn StartScreen(props: &StartScreenProps) -> Html {
    let StartScreenProps {
        title,
        description,
        available,
        lengths,
        length,
        on_length,
        on_start,
        on_chart,
        on_present,
        heading_ref,
    } = props;
    let onsubmit = on_start.reform(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="panel start-screen" {onsubmit} aria-labelledby="start-heading">
            <h1 id="start-heading" tabindex="-1" ref={heading_ref.clone()}>{ title.clone() }</h1>
            <p class="lead">{ description.clone() }</p>
            <ol class="how">
                <li>{ "Read a short situation." }</li>
                <li>{ "Choose who takes it on, then which team is accountable." }</li>
                <li>{ "See the chart row that decides it, with an explanation for every option." }</li>
            </ol>
            <LengthPicker name="length" available={*available} lengths={lengths.clone()} length={*length} on_length={on_length.clone()} />
            <div class="actions">
                <button type="submit" class="primary">{ "Start" }</button>
                <button type="button" class="secondary" onclick={on_chart.reform(|_| ())}>{ "View the chart" }</button>
                <button type="button" class="secondary" onclick={on_present.reform(|_| ())}>{ "Present to a class" }</button>
            </div>
        </form>
    }
}
