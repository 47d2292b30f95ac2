//! One scenario: the story and its two questions (role, then accountable team), answered with native radio
//! groups in one form. Enter in the form submits it.

use yew::prelude::*;

use super::{ChoiceGroup, ChoiceOption};
use crate::engine::quiz::Id;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ScenarioCardProps {
    /// Which card this is (the scenario's id), the form's key: the next card is a new form, with nothing
    /// chosen in it, even where it follows this one directly (under the test policy).
    pub card: AttrValue,
    /// 1-based position and deck size, for the heading.
    pub number: usize,
    pub total: usize,
    pub title: AttrValue,
    pub story: AttrValue,
    pub role_question: AttrValue,
    pub team_question: AttrValue,
    pub roles: Vec<ChoiceOption>,
    pub teams: Vec<ChoiceOption>,
    pub role: Option<Id>,
    pub team: Option<Id>,
    pub on_role: Callback<Id>,
    pub on_team: Callback<Id>,
    pub on_submit: Callback<()>,
    /// Where the heading is, so the container can move focus to it when a new card appears.
    #[prop_or_default]
    pub heading_ref: NodeRef,
    /// The language of the quiz's text (title, story, questions, options).
    #[prop_or_default]
    pub content_lang: Option<AttrValue>,
    #[prop_or_default]
    pub lang: Lang,
}

/// The card for `props`; `missing` is whether the learner tried to check an incomplete answer (the hint then
/// shows until both parts are chosen). A plain function, not a component: `missing` is the caller's, who
/// clears it whenever an answer is submitted, by this card's button or otherwise (a key), so each card starts
/// without the hint; and the card's props change on every render anyway (callbacks made anew), so a component
/// would never skip one. As a component it cost the learner's wasm 842 B gzip (measured 2026-12-02).
pub fn scenario_card(props: &ScenarioCardProps, missing: &UseStateHandle<bool>) -> Html {
    let text = props.lang.text();
    let content = &props.content_lang;
    let complete = props.role.is_some() && props.team.is_some();
    // The button acts on its click and cancels the submission that would follow: a frame sandboxed without
    // `allow-forms` (WordPress's) never fires `submit`, and logs an error for each attempt. Enter in the form
    // still clicks the button.
    let onsubmit = |e: SubmitEvent| e.prevent_default();
    let onclick = {
        let (on_submit, missing) = (props.on_submit.clone(), missing.clone());
        move |e: MouseEvent| {
            e.prevent_default();
            if complete {
                missing.set(false);
                on_submit.emit(());
            } else {
                missing.set(true);
            }
        }
    };
    html! {
        <form key={props.card.as_str()} class="panel scenario-card" {onsubmit} aria-labelledby="scenario-heading" novalidate=true>
            <p class="eyebrow">{ text.common().scenario_of.fill([&props.number.to_string(), &props.total.to_string()]) }</p>
            <h2 id="scenario-heading" tabindex="-1" ref={props.heading_ref.clone()} lang={content.clone()}>
                { props.title.clone() }
            </h2>
            <p class="story" lang={content.clone()}>{ props.story.clone() }</p>
            { ChoiceGroup { legend: &props.role_question, name: "role", options: &props.roles,
                selected: props.role.as_ref(), on_select: &props.on_role, first_key: Some(1),
                content_lang: content.as_ref() }.view() }
            { ChoiceGroup { legend: &props.team_question, name: "team", options: &props.teams,
                selected: props.team.as_ref(), on_select: &props.on_team,
                first_key: Some(props.roles.len() + 1), content_lang: content.as_ref() }.view() }
            <div class="actions">
                <button type="submit" class="primary" {onclick}>{ text.card().check }</button>
                <p class="form-hint" role="status">
                    if **missing && !complete { { text.card().choose_first } }
                </p>
            </div>
        </form>
    }
}
