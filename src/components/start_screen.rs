//! The start screen: what the quiz is, how long a session to take, and the way in.

use yew::prelude::*;

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
    #[prop_or_default]
    pub heading_ref: NodeRef,
    /// Offer "Embed this quiz" (self-study only).
    #[prop_or_default]
    pub on_embed: Option<Callback<()>>,
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
        heading_ref,
        on_embed,
    } = props;
    // The Start button acts on its click and cancels the submission that would follow: a frame sandboxed
    // without `allow-forms` (WordPress's) never fires `submit`, and logs an error for each attempt. Enter in
    // the form still clicks the button.
    let onsubmit = |e: SubmitEvent| e.prevent_default();
    html! {
        <form class="panel start-screen" {onsubmit} aria-labelledby="start-heading">
            <h1 id="start-heading" tabindex="-1" ref={heading_ref.clone()}>{ title.clone() }</h1>
            <p class="lead">{ description.clone() }</p>
            <ol class="how">
                <li>{ "Read a short situation." }</li>
                <li>{ "Choose who takes it on, then which team is accountable." }</li>
                <li>{ "See the chart row that decides it, with an explanation for every option." }</li>
            </ol>
            <fieldset class="choice-group lengths">
                <legend>{ "How many scenarios?" }</legend>
                <div class="choices inline">
                    { for lengths.iter().map(|&n| {
                        let id = format!("length-{n}");
                        let label = if n == *available { format!("All {n}") } else { n.to_string() };
                        html! {
                            <label key={id.clone()} for={id.clone()} class={classes!("choice", (n == *length).then_some("is-selected"))}>
                                <input type="radio" name="length" id={id} value={n.to_string()} checked={n == *length}
                                    onchange={on_length.reform(move |_: Event| n)} />
                                <span>{ label }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            <div class="actions">
                <button type="submit" class="primary" onclick={on_start.reform(|e: MouseEvent| e.prevent_default())}>{ "Start" }</button>
                <button type="button" class="secondary" onclick={on_chart.reform(|_| ())}>{ "View the chart" }</button>
                if let Some(on_embed) = on_embed {
                    <button type="button" class="secondary" onclick={on_embed.reform(|_| ())}>{ "Embed this quiz" }</button>
                }
            </div>
        </form>
    }
}
