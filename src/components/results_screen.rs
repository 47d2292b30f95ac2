//! The results: points per part, then per chart row, then each scenario with its two verdicts.

use yew::prelude::*;

use super::QuizRef;
use crate::engine::session::{Answer, grade};
use crate::engine::summary::{Summary, Tally};

#[derive(Properties, PartialEq)]
pub struct ResultsScreenProps {
    pub quiz: QuizRef,
    pub summary: Summary,
    pub answers: Vec<Answer>,
    pub on_retry: Callback<()>,
    pub on_restart: Callback<()>,
    pub on_chart: Callback<()>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
    /// Offer "Embed this quiz" (self-study only).
    #[prop_or_default]
    pub on_embed: Option<Callback<()>>,
    /// Points and verdicts; without them (self-check) each scenario lists the learner's choice and the
    /// chart's.
    #[prop_or(true)]
    pub scored: bool,
}

fn of(t: Tally) -> String {
    format!("{} of {}", t.correct, t.total)
}

/// A bar for a tally: the numbers are in the text beside it, so the bar is decoration.
fn bar(t: Tally) -> Html {
    html! {
        <span class="bar" aria-hidden="true"><span style={format!("width: {}%", t.percent())}></span></span>
    }
}

#[component]
pub fn ResultsScreen(props: &ResultsScreenProps) -> Html {
    let ResultsScreenProps {
        quiz,
        summary,
        answers,
        on_retry,
        on_restart,
        on_chart,
        heading_ref,
        on_embed,
        scored,
    } = props;
    let points = summary.points();
    let actions = html! {
        <div class="actions">
            <button type="button" class="primary" onclick={on_retry.reform(|_| ())}>{ "Try again" }</button>
            <button type="button" class="secondary" onclick={on_chart.reform(|_| ())}>{ "View the chart" }</button>
            <button type="button" class="secondary" onclick={on_restart.reform(|_| ())}>{ "Back to start" }</button>
            if let Some(on_embed) = on_embed {
                <button type="button" class="secondary" onclick={on_embed.reform(|_| ())}>{ "Embed this quiz" }</button>
            }
        </div>
    };
    if !scored {
        let label = |list: &[crate::engine::quiz::Choice], id: &str| {
            list.iter().find(|c| &*c.id == id).map(|c| c.label.to_string()).unwrap_or_default()
        };
        return html! {
            <section class="panel results-screen" aria-labelledby="results-heading">
                <h2 id="results-heading" tabindex="-1" ref={heading_ref.clone()}>{ "Your answers beside the chart's" }</h2>
                <p class="lead">{ "Self-check: no score, just your choices and the chart's, scenario by scenario." }</p>
                <ol class="answers self-check">
                    { for answers.iter().filter_map(|a| {
                        let scenario = quiz.scenario(&a.scenario)?;
                        Some(html! {
                            <li key={a.scenario.to_string()}>
                                <span class="answer-title">{ &*scenario.title }</span>
                                <span class="compare">
                                    { "You: " }{ label(&quiz.roles, &a.role) }{ ", " }{ label(&quiz.teams, &a.team) }
                                    { ". The chart: " }{ label(&quiz.roles, &scenario.role) }{ ", " }{ label(&quiz.teams, &scenario.team) }{ "." }
                                </span>
                            </li>
                        })
                    }) }
                </ol>
                { actions }
            </section>
        };
    }
    html! {
        <section class="panel results-screen" aria-labelledby="results-heading">
            <h2 id="results-heading" tabindex="-1" ref={heading_ref.clone()}>{ "Your results" }</h2>
            <p class="score">
                <strong>{ format!("{}%", points.percent()) }</strong>
                { format!(" — {} {} out of {}", points.correct, if points.correct == 1 { "point" } else { "points" }, points.total) }
            </p>
            <dl class="parts-score">
                <div><dt>{ "Role" }</dt><dd>{ bar(summary.role) }<span>{ of(summary.role) }</span></dd></div>
                <div><dt>{ "Accountable team" }</dt><dd>{ bar(summary.team) }<span>{ of(summary.team) }</span></dd></div>
                <div><dt>{ "Both right" }</dt><dd>{ bar(summary.perfect) }<span>{ of(summary.perfect) }</span></dd></div>
            </dl>
            <h3>{ "By chart row" }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Results by chart row">
                <table class="by-row">
                    <thead>
                        <tr>
                            <th scope="col">{ &*quiz.chart.columns.measure }</th>
                            <th scope="col">{ "Role right" }</th>
                            <th scope="col">{ "Team right" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for summary.rows.iter().map(|r| {
                            let row = &quiz.chart.rows[r.row];
                            html! {
                                <tr key={row.id.to_string()}>
                                    <th scope="row">{ &*row.measure }</th>
                                    <td class="tally">{ bar(r.role) }{ of(r.role) }</td>
                                    <td class="tally">{ bar(r.team) }{ of(r.team) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ "Scenario by scenario" }</h3>
            <ol class="answers">
                { for answers.iter().filter_map(|a| {
                    let scenario = quiz.scenario(&a.scenario)?;
                    let g = grade(quiz, a)?;
                    let mark = |ok: bool, what: &str| html! {
                        <span class={classes!("mark", if ok { "is-right" } else { "is-wrong" })}>
                            <span aria-hidden="true">{ if ok { "✓ " } else { "✗ " } }</span>
                            { format!("{what} {}", if ok { "right" } else { "wrong" }) }
                        </span>
                    };
                    Some(html! {
                        <li key={a.scenario.to_string()}>
                            <span class="answer-title">{ &*scenario.title }</span>
                            { mark(g.role, "role") }{ mark(g.team, "team") }
                        </li>
                    })
                }) }
            </ol>
            { actions }
        </section>
    }
}
