//! Feedback on one answer: a verdict per part (role, team) in words and symbols, the explanation of the
//! option chosen and of the right one, the source, and the chart with the deciding row marked.

use yew::prelude::*;

use super::{ChartTable, QuizRef, cite};
use crate::engine::quiz::{Choice, Scenario};
use crate::engine::session::{Answer, grade};

#[derive(Properties, PartialEq)]
pub struct FeedbackPanelProps {
    pub quiz: QuizRef,
    pub answer: Answer,
    /// Whether this was the last card (the button then leads to the results).
    pub is_last: bool,
    pub on_next: Callback<()>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
    /// The embed layout: the whole chart waits behind a disclosure; the deciding row is still named.
    #[prop_or_default]
    pub compact: bool,
    /// Verdicts and points (practice). Without them (self-check) the panel sets the learner's choice beside
    /// the chart's, for them to compare.
    #[prop_or(true)]
    pub scored: bool,
}

/// The words of a verdict, for the heading and for the screen-reader announcement.
pub fn verdict(role: bool, team: bool) -> &'static str {
    match (role, team) {
        (true, true) => "Both right",
        (true, false) => "Right role, wrong team",
        (false, true) => "Right team, wrong role",
        (false, false) => "Not this time",
    }
}

#[component]
pub fn FeedbackPanel(props: &FeedbackPanelProps) -> Html {
    let FeedbackPanelProps { quiz, answer, is_last, on_next, heading_ref, compact, scored } = props;
    let (Some(scenario), Some(g)) = (quiz.scenario(&answer.scenario), grade(quiz, answer)) else {
        return Html::default();
    };
    let row = quiz.row_of(scenario);
    let symbol = match g.points() {
        2 => "✓",
        1 => "◐",
        _ => "✗",
    };
    let button = if *is_last { "See my results" } else { "Next scenario" };
    html! {
        <section class="panel feedback-panel" aria-labelledby="feedback-heading">
            <p class="eyebrow">{ &*scenario.title }</p>
            if *scored {
                <h2 id="feedback-heading" tabindex="-1" ref={heading_ref.clone()}
                    class={classes!("verdict", format!("points-{}", g.points()))}>
                    <span class="symbol" aria-hidden="true">{ symbol }</span>
                    { verdict(g.role, g.team) }
                </h2>
                <p class="points">{ format!("{} of 2 points", g.points()) }</p>
            } else {
                <h2 id="feedback-heading" tabindex="-1" ref={heading_ref.clone()}>{ "Compare with the chart" }</h2>
            }
            <div class="parts">
                { part("Role", &quiz.roles, scenario, &answer.role, &scenario.role, *scored) }
                { part("Accountable team", &quiz.teams, scenario, &answer.team, &scenario.team, *scored) }
            </div>
            <p class="source">{ "Situation from " }{ cite(quiz, scenario.source) }</p>
            if *compact {
                <p class="row-note">
                    { format!("The chart row “{}” decides this one: {} — accountable: {}.", row.measure, row.role_text, row.accountability) }
                </p>
                <details class="chart-details">
                    <summary>{ "Show the whole chart" }</summary>
                    <ChartTable quiz={quiz.clone()} highlight={Some(scenario.row)} />
                </details>
            } else {
                <ChartTable quiz={quiz.clone()} highlight={Some(scenario.row)} />
                <p class="row-note">
                    { format!("The marked row, “{}”, decides this one: {} — accountable: {}.", row.measure, row.role_text, row.accountability) }
                </p>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={on_next.reform(|_| ())}>{ button }</button>
            </div>
        </section>
    }
}

/// One part's verdict with its explanations; unscored, the learner's choice and the chart's side by side.
fn part(
    name: &str,
    options: &[Choice],
    scenario: &Scenario,
    chosen: &str,
    correct: &str,
    scored: bool,
) -> Html {
    let label =
        |id: &str| options.iter().find(|c| &*c.id == id).map(|c| c.label.to_string()).unwrap_or_default();
    let right = chosen == correct;
    let why = |id: &str| scenario.why(id).unwrap_or_default().to_string();
    if !scored {
        return html! {
            <section class="part">
                <h3>{ name }</h3>
                <p class="choice-line">{ "You chose " }<strong>{ label(chosen) }</strong>{ "." }</p>
                <p class="why">{ why(chosen) }</p>
                if right {
                    <p class="choice-line">{ "The chart names the same." }</p>
                } else {
                    <p class="choice-line">{ "The chart names " }<strong>{ label(correct) }</strong>{ "." }</p>
                    <p class="why">{ why(correct) }</p>
                }
            </section>
        };
    }
    html! {
        <section class={classes!("part", if right { "is-right" } else { "is-wrong" })}>
            <h3>
                { name }{ " " }
                <span class="badge">
                    <span aria-hidden="true">{ if right { "✓ " } else { "✗ " } }</span>
                    { if right { "right" } else { "not right" } }
                </span>
            </h3>
            <p class="choice-line">{ "You chose " }<strong>{ label(chosen) }</strong>{ "." }</p>
            <p class="why">{ why(chosen) }</p>
            if !right {
                <p class="choice-line">{ "The chart says " }<strong>{ label(correct) }</strong>{ "." }</p>
                <p class="why">{ why(correct) }</p>
            }
        </section>
    }
}
