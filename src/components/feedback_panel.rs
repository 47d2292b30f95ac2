//! Feedback on one answer: a verdict per part (role, team) in words and symbols, the explanation of the
//! option chosen and of the right one, the source, and the chart with the deciding row marked. The quiz's
//! words (titles, labels, whys, the chart) carry the quiz's language; the panel's own are the interface's.
//!
//! Compact (in a blog's frame, at most 1,000 px high) the chart shrinks to its deciding row, and the whole
//! chart opens in a dialog that scrolls by itself. On a phone, where four explanations no longer fit, the
//! explanation of a wrong choice opens in a dialog too ("Why not …?"); the stylesheet picks, by width,
//! between it and the explanation in place, both of which are rendered.

use yew::prelude::*;

use super::{QuizRef, ScrollDialog, chart_row_card, chart_table, cite, sentence};
use crate::engine::deck::{Answer, grade};
use crate::engine::quiz::{Choice, Id, Scenario};
use crate::i18n::{Lang, Text};

/// What the feedback panel shows and reports to.
#[derive(Properties, PartialEq)]
pub struct FeedbackPanelProps {
    pub quiz: QuizRef,
    pub answer: Answer,
    /// Whether this was the last card (the button then leads to the results).
    pub is_last: bool,
    pub on_next: Callback<()>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
    /// The embed layout: only the chart's deciding row shows; the whole chart opens in a dialog.
    #[prop_or_default]
    pub compact: bool,
    /// Verdicts and points (practice). Without them (self-check) the panel sets the learner's choice beside
    /// the chart's, for them to compare.
    #[prop_or(true)]
    pub scored: bool,
    #[prop_or_default]
    pub lang: Lang,
}

/// The words of a verdict, for the heading and for the screen-reader announcement.
pub fn verdict(t: Text, role: bool, team: bool) -> &'static str {
    match (role, team) {
        (true, true) => t.common().both_right,
        (true, false) => t.feedback().role_only,
        (false, true) => t.feedback().team_only,
        (false, false) => t.feedback().neither,
    }
}

/// Quiz text in an element of its own, marked with the quiz's language.
fn quoted(content: &AttrValue, text: &str) -> Html {
    html! { <span lang={content.clone()}>{ text.to_string() }</span> }
}

/// Which of the feedback's dialogs is open (compact layout): the whole chart's, and the one explaining a wrong
/// choice. Kept by the panel's caller, so that the panel is a plain function.
pub struct FeedbackDialogs {
    pub whole_chart: UseStateHandle<bool>,
    pub why_not: UseStateHandle<Option<Id>>,
}

/// The feedback's dialogs, both closed. A modal dialog is closed before its panel can be left (its Next
/// button is behind it), so a caller that keeps them from one panel to the next shows each one closed.
#[hook]
pub fn use_feedback_dialogs() -> FeedbackDialogs {
    FeedbackDialogs { whole_chart: use_state(|| false), why_not: use_state(|| None::<Id>) }
}

/// The feedback on `props.answer`. A plain function, not a component: its state is the caller's `dialogs`, and
/// its props change on every render anyway (callbacks made anew), so a component would never skip one; as
/// a component it cost the learner's wasm 1,458 B gzip (measured 2026-12-02).
pub fn feedback_panel(props: &FeedbackPanelProps, dialogs: &FeedbackDialogs) -> Html {
    let FeedbackPanelProps { quiz, answer, is_last, on_next, heading_ref, compact, scored, lang } = props;
    let FeedbackDialogs { whole_chart, why_not } = dialogs;
    let (whole_chart, why_not) = (whole_chart.clone(), why_not.clone());
    let (Some(scenario), Some(g)) = (quiz.scenario(&answer.scenario), grade(quiz, answer)) else {
        return Html::default();
    };
    let text = lang.text();
    let t = &text.feedback();
    let content: AttrValue = quiz.language.to_string().into();
    let row = quiz.row_of(scenario);
    let symbol = match g.points() {
        2 => "✓",
        1 => "◐",
        _ => "✗",
    };
    let button = if *is_last { t.see_results } else { t.next };
    let row_note = sentence(
        t.row_marked,
        [
            quoted(&content, &row.measure),
            quoted(&content, &row.role_text),
            quoted(&content, &row.accountability),
        ],
    );
    let on_why_not = {
        let why_not = why_not.clone();
        Callback::from(move |id: Option<Id>| why_not.set(id))
    };
    let parts = Parts {
        text,
        content: &content,
        scenario,
        scored: *scored,
        compact: *compact,
        on_why_not: &on_why_not,
    };
    // The wrong choice being explained in its dialog: its label and its explanation.
    let explained = (*why_not).as_ref().and_then(|id| {
        let choice = quiz.roles.iter().chain(quiz.teams.iter()).find(|c| c.id == *id)?;
        Some((parts.label_of(choice), scenario.why(id).unwrap_or_default().to_string()))
    });
    let show_chart = |open: bool| {
        let whole_chart = whole_chart.clone();
        Callback::from(move |()| whole_chart.set(open))
    };
    html! {
        <section class="panel feedback-panel" aria-labelledby="feedback-heading">
            <p class="eyebrow" lang={content.clone()}>{ &*scenario.title }</p>
            if *scored {
                <h2 id="feedback-heading" tabindex="-1" ref={heading_ref.clone()}
                    class={match g.points() { 2 => "verdict points-2", 1 => "verdict points-1", _ => "verdict points-0" }}>
                    <span class="symbol" aria-hidden="true">{ symbol }</span>
                    { verdict(text, g.role, g.team) }
                </h2>
                <p class="points">{ t.points.fill([&g.points().to_string()]) }</p>
            } else {
                <h2 id="feedback-heading" tabindex="-1" ref={heading_ref.clone()}>{ t.compare }</h2>
            }
            <div class="parts">
                { parts.view(text.common().role, &quiz.roles, &answer.role, &scenario.role) }
                { parts.view(text.common().team, &quiz.teams, &answer.team, &scenario.team) }
            </div>
            <p class="source">{ sentence(t.source, [quoted(&content, &cite(quiz, scenario.source))]) }</p>
            if *compact {
                { chart_row_card(quiz, scenario.row, t.deciding_row, html! {
                    <button type="button" class="link" onclick={show_chart(true).reform(|_| ())}>{ t.whole_chart }</button>
                }, *lang) }
                <ScrollDialog open={*whole_chart} on_close={show_chart(false)} heading={html! { text.chart().heading }}
                    heading_id="whole-chart-heading" lang={*lang}>
                    { chart_table(quiz, Some(scenario.row), *lang) }
                </ScrollDialog>
                <ScrollDialog open={explained.is_some()} on_close={on_why_not.reform(|()| None)}
                    heading={explained.as_ref().map(|(label, _)| sentence(t.why_not, [label.clone()])).unwrap_or_default()}
                    heading_id="why-not-heading" lang={*lang}>
                    <p class="why" lang={content.clone()}>{ explained.map(|(_, why)| why).unwrap_or_default() }</p>
                </ScrollDialog>
            } else {
                { chart_table(quiz, Some(scenario.row), *lang) }
                <p class="row-note">{ row_note }</p>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={on_next.reform(|_| ())}>{ button }</button>
            </div>
        </section>
    }
}

/// What both parts of the answer (role, team) are shown with.
struct Parts<'a> {
    text: Text,
    /// The quiz's language.
    content: &'a AttrValue,
    scenario: &'a Scenario,
    scored: bool,
    /// One paragraph per option (its line, then its explanation) instead of two, to save height, and a
    /// "Why not …?" button beside a wrong choice's explanation.
    compact: bool,
    /// Open the explanation of this wrong choice in its dialog.
    on_why_not: &'a Callback<Option<Id>>,
}

impl Parts<'_> {
    /// An option's label, strong, in the quiz's language.
    fn label(&self, options: &[Choice], id: &str) -> Html {
        options.iter().find(|c| &*c.id == id).map(|c| self.label_of(c)).unwrap_or_default()
    }

    fn label_of(&self, choice: &Choice) -> Html {
        html! { <strong lang={self.content.clone()}>{ choice.label.to_string() }</strong> }
    }

    /// A line about an option ("You chose …") followed by that option's explanation; compact, for a wrong
    /// choice, also the button that opens the explanation in a dialog (the stylesheet shows one of the two).
    fn explained(&self, line: Html, options: &[Choice], id: &str, wrong_choice: bool) -> Html {
        let why = self.scenario.why(id).unwrap_or_default().to_string();
        if !self.compact {
            return html! { <><p class="choice-line">{ line }</p><p class="why" lang={self.content.clone()}>{ why }</p></> };
        }
        let why_not = wrong_choice.then(|| {
            let open = {
                let id = Id::from(id);
                self.on_why_not.reform(move |_: MouseEvent| Some(id.clone()))
            };
            html! {
                <button type="button" class="link why-not" onclick={open}>
                    { sentence(self.text.feedback().why_not, [self.label(options, id)]) }
                </button>
            }
        });
        html! {
            <p class="choice-line">
                { line }{ " " }
                <span class={if wrong_choice { "why of-wrong-choice" } else { "why" }} lang={self.content.clone()}>{ why }</span>
                { why_not }
            </p>
        }
    }

    /// One part's verdict with its explanations; unscored, the learner's choice and the chart's side by side.
    fn view(&self, name: &'static str, options: &[Choice], chosen: &str, correct: &str) -> Html {
        let t = &self.text.feedback();
        let right = chosen == correct;
        let mine =
            self.explained(sentence(t.you_chose, [self.label(options, chosen)]), options, chosen, !right);
        if !self.scored {
            return html! {
                <section class="part">
                    <h3>{ name }</h3>
                    { mine }
                    if right {
                        <p class="choice-line">{ t.chart_same }</p>
                    } else {
                        { self.explained(sentence(t.chart_names, [self.label(options, correct)]), options, correct, false) }
                    }
                </section>
            };
        }
        html! {
            <section class={if right { "part is-right" } else { "part is-wrong" }}>
                <h3>
                    { name }{ " " }
                    <span class="badge">
                        <span aria-hidden="true">{ if right { "✓ " } else { "✗ " } }</span>
                        { if right { t.right } else { t.not_right } }
                    </span>
                </h3>
                { mine }
                if !right {
                    { self.explained(sentence(t.chart_says, [self.label(options, correct)]), options, correct, false) }
                }
            </section>
        }
    }
}
