//! The reveal: for each question the right answer with its letter and why, the room's votes of every round
//! side by side with the right option marked, and the chart row that decides it; the other options' whys
//! folded away for questions from the room.

use yew::prelude::*;

use super::{QuizRef, VoteBars, bar_options, sentence};
use crate::engine::deck::Card;
use crate::engine::presenter::{Part, Votes};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct RevealPanelProps {
    pub quiz: QuizRef,
    pub card: Card,
    /// The rounds voted (none, one or two).
    pub rounds: Vec<Votes>,
    /// Show the votes (the presenter can hide them).
    pub show_votes: bool,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn RevealPanel(props: &RevealPanelProps) -> Html {
    let RevealPanelProps { quiz, card, rounds, show_votes, lang } = props;
    let Some(scenario) = quiz.scenario(&card.scenario) else {
        return Html::default();
    };
    let t = &lang.text().reveal();
    let content: AttrValue = quiz.language.to_string().into();
    let row = quiz.row_of(scenario);
    let part = |part: Part| {
        let (question, ids, right) = match part {
            Part::Role => (&quiz.questions.role, &card.roles, &scenario.role),
            Part::Team => (&quiz.questions.team, &card.teams, &scenario.team),
        };
        let options = bar_options(quiz, ids, None, Some(right));
        let answer = options.iter().find(|o| o.correct).cloned();
        html! {
            <section class="reveal-part">
                <h2 lang={content.clone()}>{ &**question }</h2>
                if let Some(a) = answer {
                    <p class="answer">
                        <span class="letter">{ a.letter }</span>
                        <span aria-hidden="true">{ "✓ " }</span>
                        <strong lang={content.clone()}>{ a.label.clone() }</strong>
                    </p>
                }
                <p class="why" lang={content.clone()}>{ scenario.why(right).unwrap_or_default() }</p>
                if *show_votes && !rounds.is_empty() {
                    <div class="rounds">
                        { for rounds.iter().enumerate().map(|(i, votes)| {
                            let round = (i + 1).to_string();
                            html! {
                                <div class="round" key={i}>
                                    <p class="round-caption">{ t.round.fill([&round]) }</p>
                                    <VoteBars label={t.votes_on.fill([question, &round])}
                                        options={bar_options(quiz, ids, Some(votes), Some(right))}
                                        content_lang={content.clone()} lang={*lang} />
                                </div>
                            }
                        }) }
                    </div>
                }
            </section>
        }
    };
    let others: Vec<_> = card
        .roles
        .iter()
        .chain(&card.teams)
        .filter(|id| **id != scenario.role && **id != scenario.team)
        .filter_map(|id| {
            let label = quiz.role(id).or_else(|| quiz.team(id))?.label.clone();
            Some((id.clone(), label, scenario.why(id).unwrap_or_default().to_string()))
        })
        .collect();
    html! {
        <div class="reveal-panel">
            <div class="reveal-parts">
                { part(Part::Role) }
                { part(Part::Team) }
            </div>
            <p class="chart-row">
                <span class="chart-row-label">{ t.chart_row }</span>
                <span lang={content.clone()}><strong>{ &*row.measure }</strong>{ " — " }{ &*row.role_text }</span>
                { sentence(t.accountable, [html! { <span lang={content.clone()}>{ &*row.accountability }</span> }]) }
            </p>
            <details class="other-whys">
                <summary>{ t.others }</summary>
                <dl lang={content.clone()}>
                    { for others.into_iter().map(|(id, label, why)| html! {
                        <div key={id.to_string()}><dt>{ &*label }</dt><dd>{ why }</dd></div>
                    }) }
                </dl>
            </details>
        </div>
    }
}
