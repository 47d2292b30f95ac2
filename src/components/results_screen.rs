//! The results: points per part, then per chart row, then each scenario with its two verdicts. Under
//! self-check, each scenario's choices beside the chart's instead.
//!
//! Compact (in a blog's frame, at most 1,000 px high) the screen keeps the score, and the lists, as long as
//! the session, open in a dialog that scrolls by itself.

use yew::prelude::*;

use super::{QuizRef, ScrollDialog, kind_name, practice_verdict, sentence};
use crate::engine::deck::{Answer, grade, mark};
use crate::engine::practice::{Kind, LINKED};
use crate::engine::quiz::Choice;
use crate::engine::summary::{Summary, Tally};
use crate::i18n::{Lang, Text};

/// What the results screen shows and reports to.
pub struct ResultsScreenProps {
    pub quiz: QuizRef,
    pub summary: Summary,
    pub answers: Vec<Answer>,
    pub on_retry: Callback<()>,
    pub on_restart: Callback<()>,
    pub on_chart: Callback<()>,
    pub heading_ref: NodeRef,
    /// Offer "Embed this quiz" (self-study only).
    pub on_embed: Option<Callback<()>>,
    /// The embed layout: the per-row table and the list of answers open in a dialog.
    pub compact: bool,
    /// Points and verdicts; without them (self-check) each scenario lists the learner's choice and the
    /// chart's.
    pub scored: bool,
    pub lang: Lang,
}

/// "3 of 4".
fn of(text: Text, t: Tally) -> String {
    text.results().of.fill([&t.correct.to_string(), &t.total.to_string()])
}

/// A bar for a tally: the numbers are in the text beside it, so the bar is decoration.
fn bar(t: Tally) -> Html {
    html! {
        <span class="bar" aria-hidden="true"><span style={["width: ", &t.percent().to_string(), "%"].concat()}></span></span>
    }
}

/// The results screen for `props`; `each` is whether the dialog with each answer is open (compact layout). A
/// plain function, not a component: its one piece of state is its caller's, and its props change on every
/// render anyway (callbacks made anew), so a component would never skip one; as a component it cost the
/// learner's wasm 1,211 B gzip (measured 2026-12-02).
pub fn results_screen(props: &ResultsScreenProps, each: &UseStateHandle<bool>) -> Html {
    let ResultsScreenProps {
        quiz,
        summary,
        answers,
        on_retry,
        on_restart,
        on_chart,
        heading_ref,
        on_embed,
        compact,
        scored,
        lang,
    } = props;
    let each = each.clone();
    let text = lang.text();
    let t = &text.results();
    let content: AttrValue = quiz.language.to_string().into();
    let show_each = |open: bool| {
        let each = each.clone();
        Callback::from(move |()| each.set(open))
    };
    let actions = html! {
        <div class="actions">
            <button type="button" class="primary" onclick={on_retry.reform(|_| ())}>{ t.retry }</button>
            if *compact {
                <button type="button" class="secondary" onclick={show_each(true).reform(|_| ())}>{ t.show_answers }</button>
            }
            <button type="button" class="secondary" onclick={on_chart.reform(|_| ())}>{ text.common().view_chart }</button>
            <button type="button" class="secondary" onclick={on_restart.reform(|_| ())}>{ t.restart }</button>
            if let Some(on_embed) = on_embed {
                <button type="button" class="secondary" onclick={on_embed.reform(|_| ())}>{ text.common().embed }</button>
            }
        </div>
    };
    // Compact (in a blog's frame) the list of answers, as long as the session, waits in a dialog.
    let details = |list: Html| {
        if *compact {
            html! {
                <ScrollDialog open={*each} on_close={show_each(false)} heading={html! { t.by_scenario }}
                    heading_id="each-answer-heading" lang={*lang}>
                    { list }
                </ScrollDialog>
            }
        } else {
            list
        }
    };
    if !scored {
        let label = |list: &[Choice], id: &str| {
            let label = list.iter().find(|c| &*c.id == id).map(|c| c.label.to_string()).unwrap_or_default();
            html! { <span lang={content.clone()}>{ label }</span> }
        };
        let list = html! {
            <ol class="answers self-check">
                { for answers.iter().enumerate().filter_map(|(i, a)| {
                    if !a.picks.is_empty() {
                        return practice_line(quiz, a, i, *lang, false);
                    }
                    let scenario = quiz.scenario(&a.scenario)?;
                    Some(html! {
                        // Keyed by place: a review deals a missed scenario again until it is right.
                        <li key={i}>
                            <span class="answer-title" lang={content.clone()}>{ &*scenario.title }</span>
                            <span class="compare">
                                { sentence(t.compare_line, [
                                    label(&quiz.roles, &a.role),
                                    label(&quiz.teams, &a.team),
                                    label(&quiz.roles, &scenario.role),
                                    label(&quiz.teams, &scenario.team),
                                ]) }
                            </span>
                        </li>
                    })
                }) }
            </ol>
        };
        return html! {
            <section class="panel results-screen" aria-labelledby="results-heading">
                <h2 id="results-heading" tabindex="-1" ref={heading_ref.clone()}>{ t.compare }</h2>
                <p class="lead">{ t.compare_lead }</p>
                { details(list) }
                { actions }
            </section>
        };
    }
    let points = summary.points();
    // A session of practice items alone has no role, team or chart row to score; one with practice items
    // scores each kind.
    let scenarios = summary.role.total > 0;
    let practice = LINKED && summary.kinds.iter().any(|k| k.kind != Kind::Scenario);
    let tally = |name: &'static str, t: Tally| {
        html! { <div><dt>{ name }</dt><dd>{ bar(t) }<span>{ of(text, t) }</span></dd></div> }
    };
    let by_row = html! {
        <>
            <h3>{ t.by_row }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t.by_row_label}>
                <table class="by-row">
                    <thead>
                        <tr>
                            <th scope="col" lang={content.clone()}>{ &*quiz.chart.columns.measure }</th>
                            <th scope="col">{ t.role_right }</th>
                            <th scope="col">{ t.team_right }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for summary.rows.iter().map(|r| {
                            let row = &quiz.chart.rows[r.row];
                            html! {
                                <tr key={row.id.to_string()}>
                                    <th scope="row" lang={content.clone()}>{ &*row.measure }</th>
                                    <td class="tally">{ bar(r.role) }{ of(text, r.role) }</td>
                                    <td class="tally">{ bar(r.team) }{ of(text, r.team) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    };
    let list = html! {
        <ol class="answers">
            { for answers.iter().enumerate().filter_map(|(i, a)| {
                if !a.picks.is_empty() {
                    return practice_line(quiz, a, i, *lang, true);
                }
                let scenario = quiz.scenario(&a.scenario)?;
                let g = grade(quiz, a)?;
                let mark = |ok: bool, words: &'static str| html! {
                    <span class={if ok { "mark is-right" } else { "mark is-wrong" }}>
                        <span aria-hidden="true">{ if ok { "✓ " } else { "✗ " } }</span>
                        { words }
                    </span>
                };
                // Spaces between the title and the marks: the line may break there, so a long title and
                // its marks wrap on a phone instead of running past the panel.
                Some(html! {
                    <li key={i}>
                        <span class="answer-title" lang={content.clone()}>{ &*scenario.title }</span>{ " " }
                        { mark(g.role, if g.role { t.role_ok } else { t.role_wrong }) }{ " " }
                        { mark(g.team, if g.team { t.team_ok } else { t.team_wrong }) }
                    </li>
                })
            }) }
        </ol>
    };
    html! {
        <section class="panel results-screen" aria-labelledby="results-heading">
            <h2 id="results-heading" tabindex="-1" ref={heading_ref.clone()}>{ t.heading }</h2>
            <p class="score">
                <strong>{ text.common().percent.fill([&points.percent().to_string()]) }</strong>
                { " — " }{ (t.score)(points.correct as usize, points.total as usize) }
            </p>
            if scenarios {
                <dl class="parts-score">
                    { tally(text.common().role, summary.role) }
                    { tally(text.common().team, summary.team) }
                    { tally(text.common().both_right, summary.perfect) }
                </dl>
            }
            if practice {
                <h3>{ text.drill().by_kind }</h3>
                <dl class="parts-score by-kind">
                    { for summary.kinds.iter().map(|k| tally(kind_name(*lang, k.kind), k.points)) }
                </dl>
            }
            if *compact {
                { details(html! { <>{ list }if scenarios { { by_row } }</> }) }
            } else if scenarios {
                { by_row }
                <h3>{ t.by_scenario }</h3>
                { list }
            }
            { actions }
        </section>
    }
}

/// A practice card's line in the list of answers: its kind and the item (or, for a board, the question),
/// then the verdict ("4 of 5 right") when scored, or each pick beside the answer when not.
fn practice_line(quiz: &QuizRef, answer: &Answer, key: usize, lang: Lang, scored: bool) -> Option<Html> {
    if !LINKED {
        return None;
    }
    let practice = &quiz.practice;
    let first = practice.item(&answer.picks.first()?.0)?;
    let m = mark(quiz, answer)?;
    let content: AttrValue = quiz.language.to_string().into();
    let title = if answer.picks.len() == 1 { &first.text } else { &practice.question_of(first).prompt };
    let label = |item: &str, option: &str| {
        let item = practice.item(item);
        let label = item
            .and_then(|i| practice.options_of(i).iter().find(|o| &*o.id == option))
            .map(|o| o.label.to_string())
            .unwrap_or_default();
        html! { <strong lang={content.clone()}>{ label }</strong> }
    };
    let t = lang.text();
    let compare = (!scored).then(|| {
        html! {
            { for answer.picks.iter().filter_map(|(id, pick)| {
                let item = practice.item(id)?;
                Some(html! {
                    <span class="compare">
                        if answer.picks.len() > 1 { <span lang={content.clone()}>{ &*item.text }</span>{ " — " } }
                        { sentence(t.feedback().you_chose, [label(id, pick)]) }{ " · " }
                        { sentence(t.drill().answer_is, [label(id, &item.answer)]) }
                    </span>
                })
            }) }
        }
    });
    let verdict = scored.then(|| {
        html! {
            <span class={if m.is_perfect() { "mark is-right" } else { "mark is-wrong" }}>
                <span aria-hidden="true">{ if m.is_perfect() { "✓ " } else { "✗ " } }</span>
                { practice_verdict(lang, m.right as usize, m.total as usize) }
            </span>
        }
    });
    Some(html! {
        <li key={key}>
            <span class="answer-kind">{ kind_name(lang, first.kind) }{ ": " }</span>
            <span class="answer-title" lang={content.clone()}>{ &**title }</span>{ " " }
            { verdict }{ compare }
        </li>
    })
}
